import asyncio


async def fetch(item, secs):
    await asyncio.sleep(secs)
    print(f"{asyncio.get_running_loop().time():.2f} fetched {item}")
    return item * 2


async def batch(name, items):
    results = await asyncio.gather(*(fetch(i, i / 10) for i in items))
    print(f"batch {name} -> {results}")
    return sum(results)


async def main():
    totals = await asyncio.gather(batch("odd", [1, 3, 5]), batch("even", [2, 4]), fetch(0, 0.05))
    print("totals", totals)
    mixed = await asyncio.gather(asyncio.sleep(0.1, result="slept"), batch("one", [7]))
    print("mixed", mixed)


asyncio.run(main())
