import asyncio

# Only part of the group is handled: the rest is raised again, with its original shape.


async def step(name, delay, exc):
    await asyncio.sleep(delay)
    raise exc(name)


async def pipeline():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("parse", 1, ValueError))
            tg.create_task(step("save", 1, OSError))
            tg.create_task(step("notify", 1, ValueError))
    except* ValueError as eg:
        print("handled", [str(e) for e in eg.exceptions])


async def main():
    try:
        await pipeline()
    except ExceptionGroup as eg:
        print("left over:", repr(eg))
        print(eg.message)


asyncio.run(main())
