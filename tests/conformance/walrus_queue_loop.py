import asyncio

# The consumer loop tutorials write with the walrus: read until the sentinel arrives.


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.5)
        await queue.put(f"item-{i}")
        print(f"produced item-{i}")
    await queue.put(None)


async def consumer(queue):
    handled = 0
    while (item := await queue.get()) is not None:
        print(f"consumed {item} at {asyncio.get_running_loop().time()}")
        handled += 1
    print("sentinel received, last item was", item)
    return handled


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, count = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("handled", count)


asyncio.run(main())
