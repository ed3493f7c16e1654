import asyncio
import types

@types.coroutine
def legacy():
    yield
    return 42

@types.coroutine
def waits(fut):
    result = yield from fut
    return result * 2

async def ticker(name):
    for i in range(2):
        print(name, i)
        await legacy()

async def main():
    print(await legacy())
    await asyncio.gather(ticker("a"), ticker("b"))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.1, fut.set_result, 21)
    print(await waits(fut))
    print(legacy.__name__, type(legacy()).__name__)

asyncio.run(main())
