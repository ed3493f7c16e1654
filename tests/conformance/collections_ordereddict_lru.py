# A tiny LRU cache with OrderedDict.move_to_end / popitem(last=False).
import asyncio
from collections import OrderedDict

cache = OrderedDict()
CAPACITY = 3


async def fetch(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key], "hit"
    await asyncio.sleep(0.1)
    cache[key] = key.upper()
    if len(cache) > CAPACITY:
        old = cache.popitem(last=False)
        print("evict", old)
    return cache[key], "miss"


async def main():
    for key in ["a", "b", "a", "c", "d", "b", "a"]:
        value, how = await fetch(key)
        print(f"{key}: {value} ({how}) {list(cache)}")
    print(cache)
    cache.move_to_end("a", last=False)
    print(cache, cache.popitem())
    print(OrderedDict())


asyncio.run(main())
