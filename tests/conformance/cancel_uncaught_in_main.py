import asyncio


async def worker():
    await asyncio.sleep(2)
    return 1


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("shutting down")
    print("awaiting the cancelled task without try")
    await t
    print("never printed")


asyncio.run(main())
