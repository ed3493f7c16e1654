import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


async def main():
    asyncio.create_task(background(), name="bg")
    await asyncio.sleep(0)
    print("main is", asyncio.current_task().get_name())


with asyncio.Runner() as runner:
    runner.run(main())
    print("tasks left:", [t.get_name() for t in asyncio.all_tasks(runner.get_loop())])
print("after close")


async def again():
    print("next main is", asyncio.current_task().get_name())


asyncio.run(again())
