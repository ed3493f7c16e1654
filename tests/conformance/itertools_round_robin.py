# Round-robin assignment of jobs to workers with itertools.cycle.
import asyncio
from itertools import cycle, islice, repeat

workers = cycle(["w1", "w2", "w3"])


async def run(job, worker):
    await asyncio.sleep(0.1)
    return f"{job}@{worker}"


async def main():
    jobs = [f"job{i}" for i in range(7)]
    assigned = [(job, next(workers)) for job in jobs]
    print(assigned)
    print(await asyncio.gather(*(run(j, w) for j, w in assigned)))
    print(list(islice(cycle("AB"), 5)), list(repeat("ping", 3)))
    print(list(map(pow, range(5), repeat(2))))


asyncio.run(main())
