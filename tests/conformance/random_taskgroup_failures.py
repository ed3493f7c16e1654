import asyncio
import random

random.seed(5)


async def job(n):
    await asyncio.sleep(random.uniform(0.1, 0.5))
    if random.random() < 0.3:
        raise ValueError(f"job {n} failed")
    return n * n


async def main():
    results = await asyncio.gather(*(job(n) for n in range(8)), return_exceptions=True)
    for n, r in enumerate(results):
        print(n, "->", repr(r))
    ok = [r for r in results if not isinstance(r, Exception)]
    print("succeeded:", len(ok), "sum:", sum(ok))


asyncio.run(main())
