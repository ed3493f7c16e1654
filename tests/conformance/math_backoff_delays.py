# Exponential backoff delays computed with math, run on the virtual clock.
import asyncio
import math


def backoff(attempt, base=0.1, cap=2.0):
    return min(cap, base * math.pow(2, attempt))


async def flaky(attempts_needed):
    loop = asyncio.get_running_loop()
    for attempt in range(10):
        if attempt >= attempts_needed:
            return attempt, round(loop.time(), 3)
        delay = backoff(attempt)
        print(f"attempt {attempt} failed, retry in {delay:.2f}s (log2={math.log2(delay / 0.1):.0f})")
        await asyncio.sleep(delay)


async def main():
    print(await flaky(5))
    samples = [backoff(i) for i in range(8)]
    print(samples, math.fsum(samples), math.ceil(sum(samples)))


asyncio.run(main())
