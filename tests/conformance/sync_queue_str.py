import asyncio


async def consumer(q):
    item = await q.get()
    print("got", item)
    q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    print(str(q))
    await q.put("a")
    await q.put("b")
    await q.put("c")
    print(str(q))
    p = asyncio.create_task(q.put("d"))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    await p
    print(str(q))
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3, 2):
        pq.put_nowait(x)
    print(str(pq))
    lq = asyncio.LifoQueue()
    lq.put_nowait(1)
    print(str(lq))


asyncio.run(main())
