import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def worker(n):
        # `lock` is captured here, so it lives in a cell of main's frame.
        async with lock:
            log.append(n)
            await asyncio.sleep(0.1)

    async def user(n, shared):
        async with shared:
            print("user", n, "has the lock", shared is lock)
            await asyncio.sleep(0.1)

    # A comprehension reading that captured variable must see the lock itself.
    tasks = [asyncio.create_task(user(n, lock)) for n in range(3)]
    named = {f"w{n}": asyncio.create_task(worker(n)) for n in range(2)}
    pairs = {(n, lock.locked()) for n in range(1)}
    print(pairs)
    await asyncio.gather(*tasks, *named.values())
    print(log, sorted(named), asyncio.get_running_loop().time())


asyncio.run(main())
