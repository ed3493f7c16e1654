import asyncio


async def main():
    count = 3
    if count = 3:
        print("three")


asyncio.run(main())
