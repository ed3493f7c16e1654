import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


def helper():
    return "sync"


async def main():
    print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(helper))
    coro = fetch()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(helper()))
    fut = asyncio.ensure_future(coro)
    print(asyncio.isfuture(fut), asyncio.isfuture(coro), type(fut).__name__)
    print(asyncio.ensure_future(fut) is fut)
    print(await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
