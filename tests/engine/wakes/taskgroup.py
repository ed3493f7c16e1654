import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok(1))
        tg.create_task(ok(2))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5))
            tg.create_task(bad(1))
            await asyncio.sleep(10)
    except* ValueError as eg:
        print("failed", eg.exceptions)


asyncio.run(main())
