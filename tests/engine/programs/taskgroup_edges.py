import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def worker(name, secs, fail=None):
    try:
        await asyncio.sleep(secs)
    except asyncio.CancelledError:
        print(f"{now()} {name} cancelled")
        raise
    if fail:
        print(f"{now()} {name} fails")
        raise fail
    print(f"{now()} {name} done")
    return name


async def body_error():
    # A child fails first: the parent's body is cancelled, so its own raise never happens.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 1))
            tg.create_task(worker("b", 2))
            tg.create_task(worker("c", 0.5, ValueError("c broke")))
            await asyncio.sleep(0.8)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(now(), eg, [repr(e) for e in eg.exceptions])
    # The body raises first: children are cancelled in creation order; its error is grouped.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("d", 1))
            tg.create_task(worker("e", 2, ValueError("e")))
            await asyncio.sleep(0.5)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(now(), eg, [repr(e) for e in eg.exceptions])


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow", 3))
            tg.create_task(worker("x", 1, ValueError("x")))
            tg.create_task(worker("y", 1, TypeError("y")))
    except ExceptionGroup as eg:
        print(now(), eg, [type(e).__name__ for e in eg.exceptions])


async def late_child():
    # A child that adds a sibling while the group is waiting in __aexit__.
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.5)
            tg.create_task(worker("spawned", 1))
            print(now(), "spawner added a task")
        tg.create_task(spawner())
    print(now(), "group with late child done")
    try:
        tg.create_task(worker("too late", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)



async def main():
    await body_error()
    await two_fail()
    await late_child()

    # A child creating a task while the group aborts.
    try:
        async with asyncio.TaskGroup() as tg:
            async def persistent():
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    try:
                        tg.create_task(worker("never", 1))
                    except RuntimeError as e:
                        print("RuntimeError:", e)
                    raise
            tg.create_task(persistent())
            tg.create_task(worker("f", 1, RuntimeError("f")))
    except ExceptionGroup as eg:
        print(now(), "group:", eg)

    # The parent is cancelled from outside while waiting for children.
    async def parent():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker("kid1", 5))
                tg.create_task(worker("kid2", 5))
            print("not printed")
        except asyncio.CancelledError:
            print(now(), "parent cancelled")
            raise

    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(now(), "parent cancelled:", p.cancelled())

    # A cancelled child does not fail the group.
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker("cancel-me", 5))
        tg.create_task(worker("ok", 1))
        await asyncio.sleep(0.5)
        t.cancel()
    print(now(), "cancelled child ignored:", t.cancelled())

    # Children that catch the cancellation and return normally.
    try:
        async with asyncio.TaskGroup() as tg:
            async def swallow():
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    print(now(), "swallowed")
                    return "swallowed"
            s = tg.create_task(swallow())
            tg.create_task(worker("boom", 1, ValueError("boom")))
    except* ValueError as eg:
        print(now(), "boom group; swallow result:", s.result())


asyncio.run(main())
