# itertools.count hands out request ids; islice takes a page of them.
import asyncio
import itertools

request_ids = itertools.count(1)


async def request(path):
    rid = next(request_ids)
    print(f"[{rid}] GET {path}")
    await asyncio.sleep(0.1 * rid)
    return rid, path


async def main():
    results = await asyncio.gather(*(request(p) for p in ["/a", "/b", "/c"]))
    print(results)
    print(next(request_ids), list(itertools.islice(request_ids, 3)))
    evens = itertools.count(0, 2)
    print([next(evens) for _ in range(4)])
    floats = itertools.count(0.5, 0.25)
    print(list(itertools.islice(floats, 4)))


asyncio.run(main())
