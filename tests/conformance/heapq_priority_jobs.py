# A priority scheduler: heapq orders (priority, seq, name) jobs.
import asyncio
import heapq
import itertools

seq = itertools.count()
heap = []


def submit(priority, name):
    heapq.heappush(heap, (priority, next(seq), name))


async def run():
    while heap:
        priority, n, name = heapq.heappop(heap)
        await asyncio.sleep(0.1)
        print(f"t={asyncio.get_running_loop().time():.1f} ran {name} (p={priority}, #{n})")
        if name == "b":
            submit(0, "urgent")


submit(2, "a")
submit(1, "b")
submit(3, "c")
submit(1, "d")
asyncio.run(run())
scores = [42, 7, 19, 88, 7, 63]
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores))
print(heapq.nsmallest(2, [("x", 3), ("y", 1), ("z", 1)], key=lambda p: p[1]))
