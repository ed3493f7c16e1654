import asyncio


async def worker(secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(f"worker failed after {secs}")
    return secs * 10


def describe(t):
    if not t.done():
        return f"{t.get_name()}: pending"
    if t.cancelled():
        return f"{t.get_name()}: cancelled"
    if t.exception() is not None:
        return f"{t.get_name()}: error {t.exception()!r}"
    return f"{t.get_name()}: result {t.result()}"


async def main():
    ok = asyncio.create_task(worker(1), name="ok")
    bad = asyncio.create_task(worker(2, True), name="bad")
    slow = asyncio.create_task(worker(5), name="slow")
    for tick in range(4):
        print(f"t={tick}", [describe(t) for t in (ok, bad, slow)])
        await asyncio.sleep(1)
    slow.cancel()
    await asyncio.sleep(0)
    print("end", [describe(t) for t in (ok, bad, slow)])


asyncio.run(main())
