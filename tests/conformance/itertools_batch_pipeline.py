# A pipeline that feeds jobs to workers in batches built with itertools.islice.
import asyncio
import itertools
from collections import defaultdict


def batches(iterable, size):
    it = iter(iterable)
    out = []
    chunk = list(itertools.islice(it, size))
    while chunk:
        out.append(chunk)
        chunk = list(itertools.islice(it, size))
    return out


async def process(batch_id, batch):
    await asyncio.sleep(0.1 * len(batch))
    return batch_id, [x * x for x in batch]


async def main():
    jobs = range(1, 11)
    ids = itertools.count(1)
    results = await asyncio.gather(*(process(next(ids), b) for b in batches(jobs, 4)))
    print(results)
    flat = list(itertools.chain.from_iterable(r for _, r in results))
    print(flat, list(itertools.accumulate(flat))[-1])
    by_parity = defaultdict(list)
    for key, group in itertools.groupby(sorted(flat, key=lambda x: x % 2), key=lambda x: "odd" if x % 2 else "even"):
        by_parity[key].extend(group)
    print(dict(by_parity))
    print(list(itertools.zip_longest("abc", range(2), fillvalue=None)))
    print(list(itertools.starmap(max, itertools.pairwise(flat)))[:5])


asyncio.run(main())
