import asyncio
import time


async def brew(item, secs):
    print(f"{time.perf_counter():.1f} start {item}")
    await asyncio.sleep(secs)
    print(f"{time.perf_counter():.1f} done {item}")
    return item.upper()


async def main():
    t0 = time.perf_counter()
    for item, secs in [("tea", 1), ("coffee", 2)]:
        await brew(item, secs)
    print(f"sequential took {time.perf_counter() - t0:.2f}s")
    t0 = time.perf_counter()
    tasks = [asyncio.create_task(brew(i, s)) for i, s in [("tea", 1), ("coffee", 2), ("cocoa", 1.5)]]
    done = []
    for t in tasks:
        done.append(await t)
    print(done)
    print(f"concurrent took {time.perf_counter() - t0:.2f}s")


asyncio.run(main())
