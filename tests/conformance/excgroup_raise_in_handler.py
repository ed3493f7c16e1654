import asyncio

# A handler that raises a new exception: the new error and the unhandled rest leave
# together in a new, unnamed group.


async def job(n):
    await asyncio.sleep(1)
    if n == 1:
        raise ValueError("job 1 broke")
    raise KeyError(f"job {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(job(n))
    except* ValueError as eg:
        print("converting", eg.exceptions)
        raise RuntimeError("could not recover") from eg


asyncio.run(main())
