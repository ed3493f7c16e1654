import asyncio


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0.1))
        tg.create_task(bad(0.2))


async def main():
    # The inner group fails last, so its closing line ends the whole report.
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0.05))
        tg.create_task(inner())


asyncio.run(main())
