import asyncio


async def work(sem, name, secs):
    async with sem:
        print(name, "in")
        await asyncio.sleep(secs)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(work(sem, n, s) for n, s in (("a", 1), ("b", 2), ("c", 1), ("d", 1))))


asyncio.run(main())
