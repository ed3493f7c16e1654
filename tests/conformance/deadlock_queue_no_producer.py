import asyncio


async def consumer(name, q):
    while True:
        item = await q.get()
        print(f"{asyncio.get_running_loop().time():.1f} {name} got {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    for i in range(3):
        await q.put(i)
        await asyncio.sleep(0.5)
    print("producer stops; main now waits on the workers forever")
    await asyncio.gather(*workers)


asyncio.run(main())
