import asyncio

# loop.call_soon/call_later pass only positional arguments to the callback: a keyword such as
# print's sep= is a TypeError of call_soon itself (use functools.partial or a lambda).


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon", "positional", context=None)
    await asyncio.sleep(0.1)
    loop.call_later(0.5, print, "later", sep="-")
    await asyncio.sleep(1)


asyncio.run(main())
