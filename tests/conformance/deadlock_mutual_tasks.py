import asyncio


async def first(lock_a, lock_b):
    async with lock_a:
        print("first holds A")
        await asyncio.sleep(0.1)
        print("first wants B")
        async with lock_b:
            print("never")


async def second(lock_a, lock_b):
    async with lock_b:
        print("second holds B")
        await asyncio.sleep(0.1)
        print("second wants A")
        async with lock_a:
            print("never")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(first(a, b), second(a, b))


asyncio.run(main())
