import asyncio
import time


async def polite(name):
    await asyncio.sleep(1)
    return f"{name} {time.perf_counter():.1f}"


async def rude(name):
    time.sleep(1)
    return f"{name} {time.perf_counter():.1f}"


async def main():
    start = time.perf_counter()
    print(await asyncio.gather(*(polite(f"p{i}") for i in range(3))))
    print(f"polite total {time.perf_counter() - start:.1f}s")
    start = time.perf_counter()
    print(await asyncio.gather(*(rude(f"r{i}") for i in range(3))))
    print(f"rude total {time.perf_counter() - start:.1f}s")
    time.sleep(0)
    time.sleep(0.25)
    print(f"main blocked directly: {time.perf_counter():.2f}")


asyncio.run(main())
