# A toy timer queue on heapq, checked against asyncio's own timers.
import asyncio
import heapq
from itertools import count

timers = []
seq = count()


def call_later(delay, name):
    heapq.heappush(timers, (delay, next(seq), name))


async def fire(delay, name, out):
    await asyncio.sleep(delay)
    out.append(name)


async def main():
    plan = [(0.3, "c"), (0.1, "a"), (0.2, "b"), (0.1, "a2"), (0.5, "e")]
    for delay, name in plan:
        call_later(delay, name)
    expected = [heapq.heappop(timers)[2] for _ in range(len(timers))]
    out = []
    await asyncio.gather(*(fire(d, n, out) for d, n in plan))
    print(expected)
    print(out, expected == out)
    print(heapq.nsmallest(2, plan), heapq.nlargest(2, plan, key=lambda p: p[0]))


asyncio.run(main())
