import asyncio


async def worker(n):
    if n > 0:
    print("positive")
    await asyncio.sleep(n)


asyncio.run(worker(1))
