import asyncio
import random

random.seed(11)


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.expovariate(4))
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"produced {item}")
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        await asyncio.sleep(random.uniform(0.05, 0.3))
        total += item
        print(f"consumed {item}, running total {total}")
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 6), consumer(queue))
    print("total:", total)
    print(f"elapsed {asyncio.get_running_loop().time():.4f}")


asyncio.run(main())
