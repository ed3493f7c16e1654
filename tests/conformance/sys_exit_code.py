import asyncio
import sys


async def check(n):
    await asyncio.sleep(0.1 * n)
    return n % 3 != 0


async def main():
    results = await asyncio.gather(*(check(n) for n in range(1, 5)))
    print("results:", results)
    return all(results)


ok = asyncio.run(main())
if not ok:
    print("some checks failed, exiting with status 1")
    sys.exit(1)
print("not reached")
