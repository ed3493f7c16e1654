# A plain generator hands out job ids to asyncio workers.
import asyncio


def job_ids(prefix):
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n:03d}"


async def worker(name, ids, queue):
    while True:
        delay = await queue.get()
        job = next(ids)
        print(f"{name} starts {job} ({delay}s)")
        await asyncio.sleep(delay)
        print(f"{name} finished {job} at {asyncio.get_running_loop().time():.1f}")
        queue.task_done()


async def main():
    ids = job_ids("job")
    queue = asyncio.Queue()
    for d in (0.5, 0.2, 0.3, 0.1):
        queue.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", ids, queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    print("next id would be", next(ids))


asyncio.run(main())
