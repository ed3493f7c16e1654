import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def main():
    ev = asyncio.Event()

    async def w(name):
        try:
            r = await ev.wait()
            print(f"{now()} {name} woke: {r}")
        except asyncio.CancelledError:
            print(f"{now()} {name} cancelled")

    ts = [asyncio.create_task(w(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(1)
    ts[1].cancel()
    ev.set()
    ev.clear()
    print(f"{now()} set and cleared at once, is_set={ev.is_set()}")
    await asyncio.gather(*ts)
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except TimeoutError:
        print(f"{now()} event wait timed out")

    cond = asyncio.Condition()
    for bad in (cond.notify, cond.wait):
        try:
            r = bad()
            if r is not None:
                await r
        except RuntimeError as e:
            print("RuntimeError:", e)

    async def cw(name):
        async with cond:
            print(f"{now()} {name} waits")
            try:
                r = await cond.wait()
                print(f"{now()} {name} notified: {r}, locked={cond.locked()}")
            except asyncio.CancelledError:
                print(f"{now()} {name} cancelled, but holds the lock again: {cond.locked()}")
                raise

    ts = [asyncio.create_task(cw(f"c{i}")) for i in range(5)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
        print(f"{now()} notified 2")
        await asyncio.sleep(1)
        print(f"{now()} main releases after holding")
    await asyncio.sleep(0)
    ts[3].cancel()
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify_all()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(f"{now()}", [type(r).__name__ for r in res])

    # wait_for returns the predicate's last value.
    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(1)
            async with cond:
                state["n"] += 1
                print(f"{now()} bump to {state['n']}")
                cond.notify_all()

    b = asyncio.create_task(bump())
    async with cond:
        v = await cond.wait_for(lambda: state["n"] >= 2 and state["n"] * 10)
        print(f"{now()} predicate value {v}")
    await b

    # A condition sharing an existing lock.
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock:", cond2.locked())


asyncio.run(main())
