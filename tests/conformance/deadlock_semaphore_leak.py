import asyncio


async def job(i, sem):
    await sem.acquire()
    print(f"{asyncio.get_running_loop().time():.1f} job {i} acquired")
    await asyncio.sleep(0.5)
    if i % 2 == 0:
        sem.release()
        print(f"{asyncio.get_running_loop().time():.1f} job {i} released")
    else:
        print(f"{asyncio.get_running_loop().time():.1f} job {i} leaks its permit")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(i, sem) for i in range(6)))


asyncio.run(main())
