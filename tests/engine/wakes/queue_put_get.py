import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)


async def consumer(q):
    while True:
        item = await q.get()
        await asyncio.sleep(1)
        print("got", item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    p = asyncio.create_task(producer(q))
    await p
    await q.join()
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled")


asyncio.run(main())
