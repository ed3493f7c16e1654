# What CPython says when an async generator is misused.
import asyncio


async def agen():
    yield 1
    await asyncio.sleep(1)
    yield 2


async def main():
    g = agen()
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    step = g.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    pending = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await pending)

    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def leaky():
        yield 1
        raise StopAsyncIteration

    try:
        print([x async for x in leaky()])
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
