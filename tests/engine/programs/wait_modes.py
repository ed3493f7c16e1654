import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def work(name, secs, fail=False):
    await asyncio.sleep(secs)
    print(f"{now()} {name} finished")
    if fail:
        raise ValueError(name)
    return name


async def main():
    ts = [asyncio.create_task(work(n, s), name=n) for n, s in [("c", 3), ("a", 1), ("b", 2)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(now(), "first:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending)
    print(now(), "all:", names(done), "pending:", names(pending))

    ts = [asyncio.create_task(work(n, s, n == "y"), name=n) for n, s in [("x", 1), ("y", 2), ("z", 3)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(now(), "first exception:", names(done), "pending:", names(pending))
    for t in ts:
        if t.done():
            print(t.get_name(), "exception:", repr(t.exception()))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print(now(), "timeout 0.5:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(now(), "no new exception:", names(done), "pending:", names(pending))


asyncio.run(main())
