import asyncio


async def use(lock, name, secs):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(secs)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a", 1), use(lock, "b", 2), use(lock, "c", 1))


asyncio.run(main())
