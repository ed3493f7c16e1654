# Benchmark: a three-stage pipeline over asyncio.Queue moving 100,000 items: one producer,
# four transformers, one collector; bounded queues make the stages hand off constantly.
import asyncio

ITEMS = 100_000
WORKERS = 4


async def producer(out_q):
    for i in range(ITEMS):
        await out_q.put(i)
    for _ in range(WORKERS):
        await out_q.put(None)


async def transformer(in_q, out_q, stats, wid):
    while True:
        item = await in_q.get()
        if item is None:
            await out_q.put(None)
            return
        if item % 1000 == 0:
            await asyncio.sleep(0.001)
        stats[wid] += 1
        await out_q.put(item * 2 + 1)


async def collector(in_q):
    finished = 0
    total = 0
    count = 0
    while finished < WORKERS:
        item = await in_q.get()
        if item is None:
            finished += 1
            continue
        total += item
        count += 1
    return count, total


async def main():
    loop = asyncio.get_running_loop()
    stage1 = asyncio.Queue(maxsize=64)
    stage2 = asyncio.Queue(maxsize=64)
    stats = [0] * WORKERS
    workers = [asyncio.create_task(transformer(stage1, stage2, stats, w)) for w in range(WORKERS)]
    collect = asyncio.create_task(collector(stage2))
    await producer(stage1)
    await asyncio.gather(*workers)
    count, total = await collect
    print("items", count, "checksum", total, "expected", sum(i * 2 + 1 for i in range(ITEMS)))
    print("per worker", stats)
    print(f"clock {loop.time():.3f}")


asyncio.run(main())
