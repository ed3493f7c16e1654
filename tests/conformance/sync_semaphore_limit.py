import asyncio

active = 0
peak = 0


async def download(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{asyncio.get_running_loop().time():.1f} start {i} (active {active})")
        await asyncio.sleep(0.5 + (i % 3) * 0.25)
        active -= 1
    return i


async def main():
    sem = asyncio.Semaphore(3)
    print("locked at start:", sem.locked())
    results = await asyncio.gather(*(download(i, sem) for i in range(8)))
    print("results", results, "peak", peak)
    await sem.acquire()
    await sem.acquire()
    await sem.acquire()
    print("after 3 acquires locked:", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    sem.release()
    print("plain Semaphore allows an extra release; locked:", sem.locked())


asyncio.run(main())
