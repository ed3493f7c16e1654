# A tuple comprehension target needs parentheses.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1)
    return i * i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)))
    pairs = [i, r for i, r in enumerate(results)]
    print(pairs)


asyncio.run(main())
