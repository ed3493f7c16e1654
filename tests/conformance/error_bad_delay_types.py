import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    # sleep() is a coroutine: the bad delay fails inside the task, not at the call.
    t = asyncio.create_task(asyncio.sleep("1"))
    await asyncio.sleep(0)
    print(repr(t.exception()))
    pending = [
        asyncio.sleep(None),
        asyncio.wait_for(asyncio.sleep(1), "2"),
        asyncio.wait([t], timeout="3"),
    ]
    for c in pending:
        try:
            await c
        except TypeError as e:
            print("TypeError:", e)
    for bad in [lambda: loop.call_later("1", print), lambda: asyncio.timeout("2"), lambda: time.sleep("3")]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        async with asyncio.timeout_at("x"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep([1])


asyncio.run(main())
