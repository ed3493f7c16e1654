import asyncio


async def setter(fut):
    await asyncio.sleep(1)
    fut.set_result(1)


async def failer(fut):
    await asyncio.sleep(2)
    fut.set_exception(ValueError("bad"))


async def main():
    loop = asyncio.get_running_loop()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    tasks = [asyncio.create_task(setter(f1)), asyncio.create_task(failer(f2))]
    print(await f1)
    try:
        await f2
    except ValueError as e:
        print("error", e)
    loop.call_later(1, f3.set_result, 3)
    print(await f3)
    await asyncio.gather(*tasks)


asyncio.run(main())
