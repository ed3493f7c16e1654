import asyncio


async def main():
    values = [1, 2, 3]
    total = sum(values) +* 2
    print(total)


asyncio.run(main())
