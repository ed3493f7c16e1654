import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    sem = asyncio.BoundedSemaphore(2)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

    async def job(name, secs):
        try:
            async with sem:
                print(f"{now()} {name} in")
                await asyncio.sleep(secs)
            print(f"{now()} {name} out")
        except asyncio.CancelledError:
            print(f"{now()} {name} cancelled")
            raise

    ts = {n: asyncio.create_task(job(n, 1)) for n in ("a", "b", "c", "d", "e")}
    await asyncio.sleep(0.5)
    print(f"{now()} locked={sem.locked()}")
    ts["c"].cancel()
    await asyncio.sleep(0.5)
    # a and b released at 1.0 and handed their slots to d and e; cancel d before it runs.
    ts["d"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(f"{now()} locked={sem.locked()}")
    # d's slot came back: both are free again.
    await sem.acquire()
    print(f"{now()} one taken, locked={sem.locked()}")
    await sem.acquire()
    print(f"{now()} two taken, locked={sem.locked()}")
    sem.release()
    sem.release()

    # Fairness: a release wakes the first waiter; a newcomer waits behind it.
    s = asyncio.Semaphore(0)

    async def taker(name):
        await s.acquire()
        print(f"{now()} {name} acquired")

    t1 = asyncio.create_task(taker("t1"))
    await asyncio.sleep(0)
    s.release()
    print(f"{now()} released once, locked={s.locked()}")
    t2 = asyncio.create_task(taker("t2"))
    await asyncio.sleep(0)
    s.release()
    await asyncio.gather(t1, t2)
    s.release()
    s.release()
    print(f"{now()} value grows unbounded: locked={s.locked()}")
    await s.acquire()
    await s.acquire()
    print(f"{now()} locked={s.locked()}")


asyncio.run(main())
