# An async generator as a ticker: `async for` awaits each tick.
import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to `to` every `delay` seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    loop = asyncio.get_running_loop()
    async for i in ticker(0.5, 4):
        print(f"tick {i} at {loop.time():.1f}")
    print(type(ticker(1, 1)).__name__)
    results = [i async for i in ticker(0.1, 3)]
    print(results, f"{loop.time():.1f}")


asyncio.run(main())
