import asyncio


def helper():
    await asyncio.sleep(1)
    return "done"


async def main():
    print(helper())


asyncio.run(main())
