import asyncio


async def child():
    await asyncio.sleep(0.1)
    print("child ran")


async def main():
    print("TaskGroup needs async with")
    with asyncio.TaskGroup() as tg:
        tg.create_task(child())


asyncio.run(main())
