import asyncio


async def child():
    await asyncio.sleep(1)
    return 7


async def main():
    t = asyncio.create_task(child())
    print(await t)


asyncio.run(main())
