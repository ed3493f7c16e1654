import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: done")
    except asyncio.CancelledError:
        print(f"{name}: cancelled because a sibling failed")
        raise


async def flaky():
    await asyncio.sleep(1)
    raise ValueError("flaky failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.5), name="fast")
            tg.create_task(worker("slow", 2), name="slow")
            tg.create_task(flaky(), name="flaky")
    except Exception as e:
        # The group waits for every child, then raises all failures together.
        print(f"the group raised {type(e).__name__}")


asyncio.run(main())
