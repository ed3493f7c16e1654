# A pipeline of async generators: each stage awaits the one before it.
import asyncio


async def source(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        print(f"source -> {i}")
        yield i


async def square(items):
    async for x in items:
        await asyncio.sleep(0.05)
        yield x * x


async def only_odd(items):
    async for x in items:
        if x % 2:
            yield x


async def running_total(items):
    total = 0
    async for x in items:
        total += x
        yield total


async def main():
    loop = asyncio.get_running_loop()
    async for t in running_total(only_odd(square(source(5)))):
        print(f"total {t} at {loop.time():.2f}")


asyncio.run(main())
