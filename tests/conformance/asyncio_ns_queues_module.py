import asyncio
from asyncio.queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull


async def main():
    stack = LifoQueue()
    for page in ["home", "about", "contact"]:
        await stack.put(page)
    print("back:", [stack.get_nowait() for _ in range(stack.qsize())])

    jobs = PriorityQueue()
    for job in [(3, "low"), (1, "urgent"), (2, "normal")]:
        jobs.put_nowait(job)
    while not jobs.empty():
        priority, name = await jobs.get()
        print(priority, name)

    q = Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except QueueFull:
        print("full:", q.full())
    q.get_nowait()
    try:
        q.get_nowait()
    except QueueEmpty:
        print("empty:", q.empty())
    print(asyncio.queues.Queue is asyncio.Queue)


asyncio.run(main())
