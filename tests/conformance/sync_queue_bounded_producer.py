import asyncio


async def producer(queue, n):
    for i in range(n):
        print(f"{asyncio.get_running_loop().time():.1f} put {i} (size {queue.qsize()}, full {queue.full()})")
        await queue.put(i)
    await queue.put(None)
    print(f"{asyncio.get_running_loop().time():.1f} producer done")


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(0.5)
        total += item
        print(f"{asyncio.get_running_loop().time():.1f} consumed {item}")
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 5), consumer(queue))
    print("total", total)
    queue.put_nowait("a")
    queue.put_nowait("b")
    try:
        queue.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised; size", queue.qsize())
    print(queue.get_nowait(), queue.get_nowait())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")


asyncio.run(main())
