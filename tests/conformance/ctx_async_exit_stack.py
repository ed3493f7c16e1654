# AsyncExitStack: enter several async resources, release them in reverse order.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def session(name, delay):
    await asyncio.sleep(delay)
    print(f"open {name} at {asyncio.get_running_loop().time():.1f}")
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name} at {asyncio.get_running_loop().time():.1f}")


async def notify(msg):
    await asyncio.sleep(0.05)
    print("notify:", msg)


async def main():
    async with AsyncExitStack() as stack:
        sessions = []
        for i, delay in enumerate([0.3, 0.1, 0.2]):
            sessions.append(await stack.enter_async_context(session(f"s{i}", delay)))
        stack.push_async_callback(notify, "all sessions closing")
        stack.callback(print, "sync callback")
        print("using", sessions)
    print("--- error inside")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(session("risky", 0))
            raise ConnectionError("lost")
    except ConnectionError as e:
        print("caught", e)
    stack = AsyncExitStack()
    await stack.enter_async_context(session("manual", 0))
    await stack.aclose()
    print("done")


asyncio.run(main())
