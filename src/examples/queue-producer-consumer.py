import asyncio


async def producer(queue):
    for i in range(5):
        await asyncio.sleep(0.25)  # making an item takes a while
        await queue.put(f"item {i}")
        print(f"put item {i} (queue size {queue.qsize()})")
    await queue.put(None)  # tells the consumer to stop


async def consumer(queue):
    while True:
        item = await queue.get()  # waits while the queue is empty
        if item is None:
            break
        print(f"  processing {item}")
        await asyncio.sleep(0.5)  # slower than the producer
    print("consumer: done")


async def main():
    queue = asyncio.Queue(maxsize=2)  # put() waits while 2 items are queued
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
