import asyncio


async def background(name, flush_first=False):
    try:
        await asyncio.sleep(10)
    finally:
        # The group cancels its tasks in set (address) order: a step of its own here makes the
        # print order the same whichever was cancelled first.
        if flush_first:
            await asyncio.sleep(0)
        print(f"{asyncio.get_running_loop().time():.1f} {name} finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(background("bg1"))
            tg.create_task(background("bg2", flush_first=True))
            await asyncio.sleep(1)
            print("body raising KeyError")
            raise KeyError("config")
    except Exception as e:
        print("caught", type(e).__name__, e, [repr(x) for x in e.exceptions])
    print("group exited")


asyncio.run(main())
