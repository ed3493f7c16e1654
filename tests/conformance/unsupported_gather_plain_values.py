import asyncio


def not_async(x):
    return x + 1


async def main():
    print("gather needs awaitables")
    results = await asyncio.gather(not_async(1), not_async(2))
    print(results)


asyncio.run(main())
