# A producer task fills a queue; an async generator turns the queue into a stream.
import asyncio

DONE = object()


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.3)
        item = f"item-{i}"
        print("produced", item)
        await queue.put(item)
    await queue.put(DONE)


async def stream(queue):
    while True:
        item = await queue.get()
        if item is DONE:
            return
        yield item


async def consumer(queue):
    count = 0
    async for item in stream(queue):
        await asyncio.sleep(0.1)
        count += 1
        print(f"consumed {item} at {asyncio.get_running_loop().time():.1f}")
    return count


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, count = await asyncio.gather(producer(queue, 4), consumer(queue))
    print("total consumed:", count)


asyncio.run(main())
