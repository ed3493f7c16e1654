import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(n)


async def main():
    print(await asyncio.gather(ok(2), ok(1)))
    try:
        await asyncio.gather(ok(3), bad(1))
    except ValueError as e:
        print("failed", e)
    await asyncio.sleep(3)


asyncio.run(main())
