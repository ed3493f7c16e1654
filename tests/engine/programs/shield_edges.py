import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def work(name, secs, fail=False):
    await asyncio.sleep(secs)
    print(f"{now()} {name} done")
    if fail:
        raise ValueError(name)
    return name


async def main():
    # A done task comes back as itself.
    t = asyncio.create_task(work("quick", 0))
    await asyncio.sleep(0.1)
    print("same object:", asyncio.shield(t) is t)

    # The inner task's error reaches the shield's awaiter.
    try:
        await asyncio.shield(work("bad", 0.5, True))
    except ValueError as e:
        print(now(), "ValueError", e)

    # Cancelling the inner task cancels the outer future too.
    inner = asyncio.create_task(work("victim", 5))
    outer = asyncio.shield(inner)

    async def killer():
        await asyncio.sleep(1)
        inner.cancel()

    k = asyncio.create_task(killer())
    try:
        await outer
    except asyncio.CancelledError:
        print(now(), "outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    await k

    # wait_for on a shielded task: the timeout does not cancel the work.
    inner = asyncio.create_task(work("protected", 2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print(now(), "timed out; inner cancelled:", inner.cancelled())
    print(now(), "result", await inner)


asyncio.run(main())
