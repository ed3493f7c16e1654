import asyncio


async def worker(q):
    while True:
        item = await q.get()
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(worker(q))
    for i in range(3):
        q.put_nowait(i)
    await q.join()
    print("all processed; shutting the queue down (3.13+ only)")
    q.shutdown()
    await t


asyncio.run(main())
