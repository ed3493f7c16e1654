import asyncio


async def interrupted():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(interrupted())
            tg.create_task(child())
    except BaseException as e:
        print("main caught", type(e).__name__)
        raise


asyncio.run(main())
