import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    # A classic slip: the list itself instead of *tasks.
    try:
        await asyncio.gather(tasks)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(fetch)
    except TypeError as e:
        print("TypeError:", e)
    for bad in [lambda: asyncio.Barrier(), lambda: asyncio.Queue().put_nowait(), lambda: asyncio.Semaphore("2")]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.wait_for(tasks[0])
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(*tasks))
    await asyncio.gather(tasks, return_exceptions=True)


asyncio.run(main())
