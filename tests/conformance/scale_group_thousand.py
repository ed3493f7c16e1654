import asyncio


async def job(i, results):
    await asyncio.sleep((i % 10) / 100)
    if i % 250 == 0:
        await asyncio.sleep(0.5)
    results.append(i)


async def main():
    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(1000):
            tg.create_task(job(i, results))
    print(len(results), results[:8], results[-5:])
    print(f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
