import asyncio


async def lookup(name, secs):
    await asyncio.sleep(secs)
    if name.startswith("x"):
        raise ValueError(f"{name} not found")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(lookup(n, s)) for n, s in [("a", 1), ("xb", 0.5), ("c", 0.5), ("d", 1)]]
    for i, fut in enumerate(asyncio.as_completed(tasks)):
        try:
            value = await fut
            print(f"{loop.time():.1f} #{i} {value}")
        except ValueError as e:
            print(f"{loop.time():.1f} #{i} error: {e}")
    print("tasks done:", [t.done() for t in tasks])


asyncio.run(main())
