import asyncio


async def slow(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"slow({n}) cancelled")
        raise


async def boom():
    await asyncio.sleep(0.5)
    raise KeyError("missing-key")


async def main():
    g = asyncio.gather(slow(1), boom(), slow(2), return_exceptions=True)
    asyncio.get_running_loop().call_later(1.5, g.cancel)
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather with return_exceptions was cancelled as a whole")
    g2 = asyncio.gather(slow(1), boom(), return_exceptions=True)
    res = await g2
    print(res, repr(res[1]))


asyncio.run(main())
