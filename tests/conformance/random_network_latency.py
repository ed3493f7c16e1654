import asyncio
import random
import time

random.seed(42)


async def fetch(url):
    latency = random.uniform(0.1, 1)
    print(f"fetching {url} (latency {latency:.3f}s)")
    await asyncio.sleep(latency)
    print(f"{time.perf_counter():.3f} got {url}")
    return url, latency


async def main():
    urls = [f"https://example.com/page/{i}" for i in range(5)]
    results = await asyncio.gather(*(fetch(u) for u in urls))
    slowest = max(results, key=lambda r: r[1])
    print("slowest:", slowest[0])
    print(f"total: {time.perf_counter():.3f}s")


asyncio.run(main())
