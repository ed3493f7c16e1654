import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    seq: int
    payload: str = field(compare=False)


async def producer(queue):
    items = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent too")]
    for seq, (prio, text) in enumerate(items):
        await queue.put(PrioritizedItem(prio, seq, text))
        await asyncio.sleep(0.1)


async def consumer(queue):
    await asyncio.sleep(0.5)
    while not queue.empty():
        item = await queue.get()
        print(f"handling {item.payload!r} (priority {item.priority})")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    await asyncio.gather(producer(queue), consumer(queue))
    a, b = PrioritizedItem(1, 0, "a"), PrioritizedItem(1, 0, "b")
    print(a == b, a < PrioritizedItem(2, 0, "c"), a >= b, sorted([PrioritizedItem(5, 1, "x"), a]))
    try:
        a < 5
    except TypeError as e:
        print(e)


asyncio.run(main())
