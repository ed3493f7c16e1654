import asyncio

# Nobody handles the TaskGroup's errors: the program ends with CPython's boxed
# exception-group traceback.


async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n % 2 == 0:
        raise ValueError(f"worker {n} cannot handle even numbers")
    print(f"worker {n} ok")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 3):
            tg.create_task(worker(n))
    print("never printed")


asyncio.run(main())
