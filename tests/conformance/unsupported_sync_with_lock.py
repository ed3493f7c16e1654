import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("async with works")
    print("plain with on an asyncio.Lock:")
    with lock:
        print("never")


asyncio.run(main())
