import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def job(name, secs, fail=False):
    print(f"{now()} {name} start")
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(name)
    return name


async def main():
    # Nothing happens before the first iteration (bare coroutines would start in set order,
    # which follows addresses in CPython: the TypeScript test checks creation order instead).
    it = asyncio.as_completed([asyncio.create_task(job(*a)) for a in [("a", 0.2), ("b", 0.1), ("c", 0.1)]])
    print(now(), "tasks so far:", len(asyncio.all_tasks()))
    for f in it:
        print(now(), "got", await f)
    print(now(), "tasks now:", len(asyncio.all_tasks()))

    # An exception comes out of the await; the loop can go on.
    t = asyncio.create_task(job("d", 0.1))
    for f in asyncio.as_completed([job("bad", 0.05, True), t, t]):
        try:
            print(now(), "got", await f)
        except ValueError as e:
            print(now(), "error", e)

    # Every remaining await raises after the deadline.
    n = 0
    for f in asyncio.as_completed([asyncio.create_task(job(*a)) for a in [("e", 0.5), ("f", 3), ("g", 4)]], timeout=1):
        try:
            print(now(), "got", await f)
        except TimeoutError:
            n += 1
            print(now(), "timeout", n)
    try:
        for f in asyncio.as_completed(job("h", 1)):
            pass
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(5)
    print(now(), "end")


asyncio.run(main())
