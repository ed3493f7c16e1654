# An exception raised inside an async generator reaches the awaiting task.
import asyncio


async def readings():
    for value in [3, 1, 0, 2]:
        await asyncio.sleep(0.1)
        yield 12 // value


async def main():
    async for r in readings():
        print("reading", r)


asyncio.run(main())
