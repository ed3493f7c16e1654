import asyncio


async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("inner")


async def slow(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("slow cancelled", n)
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
        tg.create_task(slow(1))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(0.5))
            await asyncio.sleep(0.1)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg), eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            print(repr(tg))
            tg.create_task(inner_group())
            print(repr(tg))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(repr(eg.exceptions[0].exceptions))
    print(repr(tg))


asyncio.run(main())
