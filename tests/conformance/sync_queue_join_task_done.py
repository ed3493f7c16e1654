import asyncio


async def worker(name, queue, log):
    while True:
        job = await queue.get()
        await asyncio.sleep(job)
        log.append((name, job))
        print(f"{asyncio.get_running_loop().time():.2f} {name} finished job {job} (left {queue.qsize()})")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [0.5, 0.25, 1.0, 0.75, 0.5, 0.25]:
        queue.put_nowait(job)
    print("queued", queue.qsize(), "empty:", queue.empty(), "full:", queue.full(), "maxsize:", queue.maxsize)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in range(3)]
    await queue.join()
    print(f"{asyncio.get_running_loop().time():.2f} join returned; empty: {queue.empty()}")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("per worker:", {n: sum(j for w, j in log if w == n) for n in ("w0", "w1", "w2")})
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
