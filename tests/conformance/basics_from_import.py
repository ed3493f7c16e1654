from asyncio import create_task, gather, run, sleep, Queue, Event, TimeoutError, wait_for, CancelledError
import asyncio
import time


async def producer(q, n):
    for i in range(n):
        await sleep(0.1)
        await q.put(i)
    await q.put(None)


async def main():
    start = time.time()
    q = Queue()
    done = Event()
    prod = create_task(producer(q, 3))
    items = []
    while True:
        item = await q.get()
        if item is None:
            break
        items.append(item)
    await prod
    print("items", items, f"after {time.time() - start:.1f}s")
    try:
        await wait_for(done.wait(), timeout=0.2)
    except TimeoutError:
        print("event not set within 0.2s")
    t = create_task(sleep(10))
    await sleep(0)
    t.cancel()
    try:
        await t
    except CancelledError:
        print("CancelledError imported by name works")
    print(await gather(sleep(0.1, "x"), sleep(0.2, "y")), asyncio.get_running_loop().time())


run(main())
