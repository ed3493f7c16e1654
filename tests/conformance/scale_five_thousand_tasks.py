import asyncio


async def worker(i):
    delay = (i % 7) * 0.1 + (i % 3) * 0.01
    await asyncio.sleep(delay)
    await asyncio.sleep(0.05)
    return i % 10


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(worker(i)) for i in range(5000)]
    print("created", len(tasks), "last name", tasks[-1].get_name(), "all_tasks", len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print("sum", sum(results), "counts", [results.count(d) for d in range(10)])
    print(f"finished at {loop.time():.2f}, remaining tasks {len(asyncio.all_tasks())}")


asyncio.run(main())
