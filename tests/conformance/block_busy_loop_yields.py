import asyncio
import time


async def cruncher(name, rounds):
    loop = asyncio.get_running_loop()
    for r in range(rounds):
        time.sleep(0.2)
        print(f"{loop.time():.1f} {name} crunched round {r}")
        await asyncio.sleep(0)


async def pinger():
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(0.25)
        print(f"{loop.time():.1f} ping {i}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(cruncher("A", 3), cruncher("B", 2), pinger())
    print(f"total {time.perf_counter() - start:.2f}s")


asyncio.run(main())
