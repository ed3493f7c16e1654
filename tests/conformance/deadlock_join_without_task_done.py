import asyncio


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.2)
        print(f"{asyncio.get_running_loop().time():.1f} handled {item}")
        if item != "c":
            q.task_done()


async def main():
    q = asyncio.Queue()
    for item in "abcd":
        q.put_nowait(item)
    asyncio.create_task(worker(q))
    print("waiting for join(); the worker forgets task_done for 'c'")
    await q.join()
    print("never printed")


asyncio.run(main())
