import asyncio


async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
        if i % 500 == 499:
            await asyncio.sleep(0.1)
    for _ in range(consumers):
        await q.put(None)


async def consumer(cid, q, totals):
    count = 0
    while True:
        item = await q.get()
        if item is None:
            break
        if item % 97 == 0:
            await asyncio.sleep(0.01)
        count += 1
        totals[cid] = totals.get(cid, 0) + item
    return count


async def main():
    q = asyncio.Queue(maxsize=100)
    totals = {}
    consumers = [asyncio.create_task(consumer(c, q, totals)) for c in range(20)]
    await producer(q, 3000, len(consumers))
    counts = await asyncio.gather(*consumers)
    print("items per consumer", counts)
    print("grand total", sum(totals.values()), "expected", sum(range(3000)))
    print(f"finished at {asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
