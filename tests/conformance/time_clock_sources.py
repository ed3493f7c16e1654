import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print(loop.time(), time.perf_counter(), time.monotonic(), time.time())
    await asyncio.sleep(1.25)
    print(loop.time(), time.perf_counter(), time.monotonic(), time.time())
    t0 = time.monotonic()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    elapsed = time.monotonic() - t0
    print(f"elapsed {elapsed} ~ {elapsed:.3f}")
    deadline = loop.time() + 2
    while loop.time() < deadline:
        await asyncio.sleep(0.7)
        print(f"  polled at {loop.time():.2f}, remaining {max(0, deadline - loop.time()):.2f}")


asyncio.run(main())
