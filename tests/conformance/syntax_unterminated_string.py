import asyncio


async def main():
    name = "worker
    print(name)


asyncio.run(main())
