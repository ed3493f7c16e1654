import asyncio


async def main():
    print("starting")
    results = await asyncio.gather(
        asyncio.sleep(1, result="a"),
        asyncio.sleep(2, result="b"),
    print(results)


asyncio.run(main())
