import asyncio


async def job(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise RuntimeError(f"{name} crashed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job("a", 1), name="a"),
        asyncio.create_task(job("b", 2, fail=True), name="b"),
        asyncio.create_task(job("c", 3), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.1f} done={names(done)} pending={names(pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{loop.time():.1f} no exception: done={names(done)} pending={names(pending)}")
    ok = [asyncio.create_task(job(f"ok{i}", i / 2)) for i in range(1, 3)]
    done, pending = await asyncio.wait(ok)
    print(f"{loop.time():.1f} ALL_COMPLETED default:", sorted(t.result() for t in done), len(pending))


asyncio.run(main())
