import asyncio
import random

random.seed(2)


async def customer(i, arrival, service):
    await asyncio.sleep(arrival)
    print(f"customer {i} arrives at {arrival:.3f}")
    async with desk:
        start = asyncio.get_running_loop().time()
        await asyncio.sleep(service)
        print(f"customer {i} served from {start:.3f} to {start + service:.3f}")


async def main():
    global desk
    desk = asyncio.Lock()
    t = 0.0
    jobs = []
    for i in range(6):
        t += random.expovariate(2.0)
        jobs.append(customer(i, t, random.expovariate(3.0)))
    await asyncio.gather(*jobs)


asyncio.run(main())
