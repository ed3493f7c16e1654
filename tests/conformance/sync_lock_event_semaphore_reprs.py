import asyncio

def show(x):
    r = repr(x)
    print(r[:r.index(" at 0x")], r[r.index("["):] if "[" in r else "")

async def hold(lock, d):
    async with lock:
        await asyncio.sleep(d)

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    bar = asyncio.Barrier(3)
    for x in (lock, ev, sem, bsem, cond, bar):
        show(x)
    ts = [asyncio.create_task(hold(lock, 0.1)) for _ in range(3)]
    ts += [asyncio.create_task(hold(sem, 0.1)) for _ in range(3)]
    ts += [asyncio.create_task(ev.wait()) for _ in range(2)]
    ts += [asyncio.create_task(bar.wait())]
    await asyncio.sleep(0.01)
    for x in (lock, ev, sem, bar):
        show(x)
    print(str(lock) == repr(lock))
    ev.set()
    await asyncio.sleep(0.5)
    for x in (lock, ev, sem):
        show(x)
    await bar.abort()
    show(bar)
    await asyncio.gather(*ts, return_exceptions=True)

asyncio.run(main())
