import asyncio


async def main():
    print("start")


def numbers():
    total = yield = 0
    return total


asyncio.run(main())
