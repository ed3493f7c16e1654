import asyncio


async def worker(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name)
        print(f"{name} handling cancel")
        await asyncio.sleep(0)
        print(f"{name} finished cleanup")
        raise


async def main():
    log = []
    tasks = [asyncio.create_task(worker(f"w{i}", log), name=f"w{i}") for i in range(4)]
    await asyncio.sleep(1)
    for t in reversed(tasks):
        t.cancel()
    print("main cancelled all (in reverse); yielding once")
    await asyncio.sleep(0)
    print("main after one yield:", log)
    done, pending = await asyncio.wait(tasks)
    print("cancel handlers ran in order", log, "pending", len(pending))
    print(sorted(t.get_name() for t in done if t.cancelled()))


asyncio.run(main())
