# Big ints reach math, random, statistics and sys the way tutorials use them.
import asyncio
import math
import random
import statistics
import sys


async def key_material(worker: int) -> int:
    await asyncio.sleep(0.1 * worker)
    return random.getrandbits(96) | 1


async def main():
    random.seed(2024)
    keys = await asyncio.gather(*(key_material(i) for i in range(3)))
    print("keys:", keys)
    print("token:", random.randint(10**20, 10**21), random.randrange(2**70))
    print("gcd:", math.gcd(keys[0], keys[1]), math.gcd(2**80, 6**40))
    print("lcm:", math.lcm(2**40, 3**30))
    print("isqrt:", math.isqrt(10**40 + 12345), math.isqrt(keys[2]))
    print("sqrt/log:", math.sqrt(10**30), math.log2(2**100), round(math.log10(10**50), 6))
    print("floor/ceil:", math.floor(1e20), math.ceil(2.5e21), math.floor(2**64))
    print("mean:", statistics.mean([10**20, 3]), statistics.median([2**60, 2**61, 1]))
    limit = sys.maxsize
    print("maxsize:", limit, limit == 2**63 - 1, min(limit, 10**30))


asyncio.run(main())
