import asyncio


async def part(name, secs):
    await asyncio.sleep(secs)
    return name


async def main():
    tasks = [asyncio.create_task(part(n, s)) for n, s in [("x", 1), ("y", 2), ("z", 3)]]
    asyncio.get_running_loop().call_later(0.5, tasks[1].cancel)
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])

    tasks = [asyncio.create_task(part(n, s)) for n, s in [("p", 1), ("q", 2), ("r", 3)]]
    asyncio.get_running_loop().call_later(0.5, tasks[1].cancel)
    try:
        await asyncio.gather(*tasks)
    except asyncio.CancelledError:
        loop = asyncio.get_running_loop()
        print(f"{loop.time():.1f} gather raised CancelledError because a child was cancelled")
    print("others still running:", [t.done() for t in tasks])
    await asyncio.sleep(3)
    print("later:", [t.result() if not t.cancelled() else "cancelled" for t in tasks])


asyncio.run(main())
