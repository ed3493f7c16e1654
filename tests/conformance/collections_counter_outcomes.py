# Counting task outcomes with a Counter.
import asyncio
from collections import Counter


async def job(i):
    await asyncio.sleep(i % 3 * 0.1)
    if i % 4 == 0:
        raise ValueError(f"job {i} failed")
    if i % 5 == 0:
        raise TimeoutError()
    return "ok"


async def main():
    results = await asyncio.gather(*(job(i) for i in range(12)), return_exceptions=True)
    outcomes = Counter(type(r).__name__ if isinstance(r, Exception) else r for r in results)
    print(outcomes)
    print(outcomes.most_common(1), outcomes["ok"], outcomes["KeyError"])
    print(sorted(outcomes.elements()))
    print(outcomes.total(), len(outcomes), isinstance(outcomes, dict))
    for name, n in outcomes.most_common():
        print(f"{name:>12}: {'#' * n}")


asyncio.run(main())
