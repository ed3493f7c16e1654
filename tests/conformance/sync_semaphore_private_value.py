import asyncio

async def limited(sem, n):
    async with sem:
        print(f"task {n} in, sem value={sem._value}")
        await asyncio.sleep(0.2)
    return n

async def main():
    sem = asyncio.BoundedSemaphore(2)
    res = await asyncio.gather(*[limited(sem, i) for i in range(5)])
    print(res)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    print(sem.locked())
    sem.release()

asyncio.run(main())
