import asyncio


async def worker(name, secs, fail=False):
    try:
        await asyncio.sleep(secs)
        if fail:
            raise ValueError(f"{name} hit bad data")
        print(f"{asyncio.get_running_loop().time():.1f} {name} done")
        return name
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} {name} cancelled by the group")
        raise


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, secs, fail in [("fast", 0.5, False), ("broken", 1.0, True), ("slow", 3.0, False)]:
                tasks.append(tg.create_task(worker(name, secs, fail), name=name))
            print("body finished; waiting for children")
    except Exception as e:
        print("caught:", type(e).__name__, "-", e)
        print("sub-exceptions:", [repr(x) for x in e.exceptions])
    print(f"{asyncio.get_running_loop().time():.1f} after the group")
    for t in tasks:
        state = "cancelled" if t.cancelled() else repr(t.exception()) if t.exception() else t.result()
        print(f"  {t.get_name()}: {state}")


asyncio.run(main())
