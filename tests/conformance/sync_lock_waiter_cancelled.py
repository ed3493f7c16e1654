import asyncio


async def user(name, lock, hold):
    try:
        print(f"{asyncio.get_running_loop().time():.1f} {name} wants the lock")
        async with lock:
            print(f"{asyncio.get_running_loop().time():.1f} {name} got the lock")
            await asyncio.sleep(hold)
        print(f"{asyncio.get_running_loop().time():.1f} {name} released")
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} {name} gave up waiting")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock, 1))
    b = asyncio.create_task(user("b", lock, 1))
    c = asyncio.create_task(user("c", lock, 1))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("locked at end:", lock.locked())


asyncio.run(main())
