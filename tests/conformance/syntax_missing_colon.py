import asyncio


async def main():
    for i in range(3)
        print(i)
        await asyncio.sleep(0.1)


asyncio.run(main())
