import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # Since Python 3.10 the primitives no longer take a loop argument.
    for make in [
        lambda: asyncio.Queue(loop=loop),
        lambda: asyncio.Lock(loop=loop),
        lambda: asyncio.Event(loop=loop),
        lambda: asyncio.Semaphore(2, loop=loop),
        lambda: asyncio.Condition(loop=loop),
        lambda: asyncio.PriorityQueue(loop=loop),
        lambda: asyncio.TaskGroup(loop=loop),
        lambda: asyncio.timeout(5, loop=loop),
    ]:
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep(1, loop=loop)
    except TypeError as e:
        print("TypeError:", e)
    fut = asyncio.Future(loop=loop)  # Future still takes one
    fut.set_result("ok")
    print(await fut)


asyncio.run(main())
