import asyncio

# create_task on a TaskGroup whose `async with` has ended raises RuntimeError; the coroutine it
# refused is never awaited, and CPython reports that at exit, after the traceback.


async def step(n):
    await asyncio.sleep(0.1)
    print("step", n)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step(1))
    print("group done")
    tg.create_task(step(2))


asyncio.run(main())
