# A task cancelled inside `async with` still runs the manager's teardown.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def lease(name):
    print(f"{name}: acquired")
    try:
        yield
    except asyncio.CancelledError:
        print(f"{name}: cancelled while held")
        raise
    finally:
        print(f"{name}: released")


async def job(name, duration):
    async with lease(name):
        await asyncio.sleep(duration)
        print(f"{name}: finished")


async def main():
    short = asyncio.create_task(job("short", 0.5))
    long = asyncio.create_task(job("long", 5))
    await asyncio.sleep(1)
    long.cancel()
    results = await asyncio.gather(short, long, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        async with asyncio.timeout(0.2):
            async with lease("timed"):
                await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
