import asyncio

# Two children of a TaskGroup fail at the same moment: the group carries both errors,
# and each except* clause handles its own kind.


async def fetch(name, delay, error=None):
    await asyncio.sleep(delay)
    if error is not None:
        raise error(f"{name} failed")
    print(f"{name} done")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 0.5))
            tg.create_task(fetch("orders", 1, ValueError))
            tg.create_task(fetch("stock", 1, TypeError))
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("value error:", exc)
    except* TypeError as eg:
        print("type errors:", len(eg.exceptions), eg.exceptions[0])
    print("main continues")


asyncio.run(main())
