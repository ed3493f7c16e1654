import asyncio


async def probe(host, secs):
    await asyncio.sleep(secs)
    return f"{host} in {secs}s"


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(probe(h, s)) for h, s in [("a", 2.0), ("b", 0.5), ("c", 5.0), ("d", 1.0)]]
    seen = 0
    try:
        for fut in asyncio.as_completed(tasks, timeout=3):
            print(f"{loop.time():.1f} {await fut}")
            seen += 1
    except asyncio.TimeoutError:
        print(f"{loop.time():.1f} as_completed timed out after {seen} results")
    print("c still running:", not tasks[2].done())
    tasks[2].cancel()
    results = []
    for fut in asyncio.as_completed([probe("x", 0.3), probe("y", 0.1), asyncio.sleep(0.2, result="z")]):
        results.append(await fut)
    print(f"{loop.time():.1f}", results)


asyncio.run(main())
