# anext() and aiter() drive an async generator by hand.
import asyncio


async def letters():
    for ch in "abc":
        await asyncio.sleep(0.1)
        yield ch


async def main():
    gen = letters()
    print(aiter(gen) is gen)
    print(await anext(gen))
    print(await gen.__anext__())
    print(await anext(gen, "default"))
    print(await anext(gen, "default"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    first = await anext(letters())
    print("first:", first)
    async for ch in aiter(letters()):
        print("loop", ch)
    try:
        anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
