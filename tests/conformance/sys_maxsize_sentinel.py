import asyncio
import sys


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return i * 7 % 5


async def main():
    values = await asyncio.gather(*(fetch(i) for i in range(1, 6)))
    best = sys.maxsize
    for v in values:
        if v < best:
            best = v
    print(values, best)
    print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
    print(min(values, default=sys.maxsize), min([], default=sys.maxsize) == sys.maxsize)
    print(f"{sys.maxsize:,}", -sys.maxsize - 1, sys.maxsize + 1)


asyncio.run(main())
