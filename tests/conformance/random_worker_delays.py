import asyncio
import random

random.seed(7)


async def worker(name, jobs):
    done = 0
    for job in range(jobs):
        delay = random.random()
        await asyncio.sleep(delay)
        done += 1
        print(f"{name} finished job {job} after {delay:.4f}s at t={asyncio.get_running_loop().time():.4f}")
    return done


async def main():
    counts = await asyncio.gather(*(worker(f"worker-{i}", random.randint(1, 3)) for i in range(4)))
    print("jobs per worker:", counts)


asyncio.run(main())
