import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def user(name, lock, hold):
    try:
        async with lock:
            print(f"{now()} {name} has the lock")
            await asyncio.sleep(hold)
        print(f"{now()} {name} released")
    except asyncio.CancelledError:
        print(f"{now()} {name} cancelled while waiting (locked={lock.locked()})")
        raise


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # A waiter cancelled while queued: FIFO order continues without it.
    ts = {n: asyncio.create_task(user(n, lock, 1)) for n in ("ann", "bob", "cat", "dan")}
    await asyncio.sleep(0.5)
    ts["bob"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)

    # A waiter woken by release() but cancelled before it runs passes the lock on.
    ts = {n: asyncio.create_task(user(n, lock, 1)) for n in ("eve", "fay", "gus")}
    await asyncio.sleep(0.5)

    async def cancel_fay_at_release():
        await asyncio.sleep(0.5)  # same deadline as eve's release: runs right after it
        print(f"{now()} cancelling fay, locked={lock.locked()}")
        ts["fay"].cancel()

    asyncio.create_task(cancel_fay_at_release())
    await asyncio.gather(*ts.values(), return_exceptions=True)

    # A newcomer cannot barge in while a woken waiter is on its way.
    async def holder():
        async with lock:
            await asyncio.sleep(1)

    async def queued():
        await lock.acquire()
        print(f"{now()} queued got it")
        lock.release()

    async def barger():
        await asyncio.sleep(1)
        print(f"{now()} barger tries, locked={lock.locked()}")
        async with lock:
            print(f"{now()} barger got it")

    await asyncio.gather(holder(), queued(), barger())
    print(f"{now()} end, locked={lock.locked()}")


asyncio.run(main())
