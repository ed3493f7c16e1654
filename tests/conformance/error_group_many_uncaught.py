import asyncio


async def bad(n):
    await asyncio.sleep(0.1)
    raise KeyError(n)


async def main():
    # Seventeen errors at once: CPython prints fifteen and sums up the rest.
    async with asyncio.TaskGroup() as tg:
        for i in range(17):
            tg.create_task(bad(i))


asyncio.run(main())
