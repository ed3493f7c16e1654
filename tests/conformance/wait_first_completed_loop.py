import asyncio


async def job(name, secs):
    await asyncio.sleep(secs)
    return name


async def main():
    loop = asyncio.get_running_loop()
    pending = {asyncio.create_task(job(n, s), name=n) for n, s in [("a", 1.5), ("b", 0.5), ("c", 1.5), ("d", 3)]}
    finished = []
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        names = sorted(t.result() for t in done)
        finished.extend(names)
        print(f"{loop.time():.1f} round {rounds}: {names} done, {len(pending)} pending")
        if rounds == 2:
            extra = asyncio.create_task(job("late", 0.25), name="late")
            pending.add(extra)
    print("order", finished)


asyncio.run(main())
