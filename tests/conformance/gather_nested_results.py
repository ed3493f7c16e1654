import asyncio


async def fetch(n):
    await asyncio.sleep(n * 0.1)
    return n


async def main():
    # A gather inside a gather: the inner results are lists too.
    nested = await asyncio.gather(asyncio.gather(fetch(1), fetch(2)), asyncio.gather(fetch(3)), fetch(4))
    print(nested)
    print([type(x).__name__ for x in nested])
    # A gather under wait_for, shield and as_completed.
    r = await asyncio.wait_for(asyncio.gather(fetch(1), fetch(2)), 1)
    print(r, type(r).__name__)
    r = await asyncio.shield(asyncio.gather(fetch(2), fetch(1)))
    print(r, type(r).__name__)
    for c in asyncio.as_completed([asyncio.gather(fetch(2), fetch(1))]):
        print(await c)
    g = asyncio.gather(fetch(1))
    await g
    print(g.result(), type(g.result()).__name__)
    print(await asyncio.gather())


asyncio.run(main())
