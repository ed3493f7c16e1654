import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    id: int
    name: str
    duration: float = 0.5
    attempts: int = 0
    log: list = field(default_factory=list)


@dataclass
class Stats:
    processed: int = 0
    by_worker: dict = field(default_factory=dict)


async def worker(name, queue, stats):
    while True:
        job = await queue.get()
        job.attempts += 1
        await asyncio.sleep(job.duration)
        job.log.append(f"{name}@{asyncio.get_running_loop().time():.1f}")
        stats.processed += 1
        stats.by_worker[name] = stats.by_worker.get(name, 0) + 1
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    stats = Stats()
    jobs = [Job(i, f"job-{i}", duration=0.25 * (i % 3 + 1)) for i in range(6)]
    for job in jobs:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{n}", queue, stats)) for n in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for job in jobs:
        print(job)
    print(stats)
    print(Job(9, "x") == Job(9, "x"), Job(9, "x") == Job(9, "y"))


asyncio.run(main())
