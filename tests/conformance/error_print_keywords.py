# print checks its keyword arguments as CPython does.
import asyncio


async def main():
    print(1, 2, sep="", end="!\n")
    print("a", "b", sep=None, end=None)
    print("c", flush=True)
    for kw in ({"x": 1}, {"sep": 1}, {"end": []}):
        try:
            print("never", **kw)
        except TypeError as e:
            print(e)
    await asyncio.sleep(0)
    print("x", end=5)


asyncio.run(main())
