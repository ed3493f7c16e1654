# A monitor task keeps the last few results in a bounded deque.
import asyncio
from collections import deque

recent = deque(maxlen=3)


async def worker(n):
    await asyncio.sleep(n * 0.1)
    recent.append(n * n)
    return n


async def monitor():
    for _ in range(4):
        await asyncio.sleep(0.25)
        print(f"t={asyncio.get_running_loop().time():.2f} recent={recent} len={len(recent)}")


async def main():
    await asyncio.gather(monitor(), *(worker(i) for i in range(1, 9)))
    print(recent, recent.maxlen, list(recent), recent[0], recent[-1], 49 in recent)
    recent.appendleft(0)
    print(recent)


asyncio.run(main())
