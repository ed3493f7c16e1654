# Breaking out of `async for` just before main() returns: the cleanup still runs.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(f"{name}: cleanup")


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background: cancelled at shutdown")


async def main():
    asyncio.create_task(background())
    async for x in ticker("first", 10):
        print("first", x)
        if x == 2:
            break
    async for x in ticker("second", 10):
        print("second", x)
        if x == 1:
            break
    print("main returns")


asyncio.run(main())
print("after run")
