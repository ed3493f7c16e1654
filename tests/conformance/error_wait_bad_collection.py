import asyncio

# asyncio.wait is an async def: a bad collection fails on the await, not the call; an entry
# that is not a task or future fails in _wait's add_done_callback.


async def job():
    await asyncio.sleep(0.1)
    return "ok"


async def main():
    waiting = asyncio.wait(5)
    print("wait(5) made a coroutine")
    try:
        await waiting
    except TypeError as e:
        print("TypeError:", e)
    task = asyncio.create_task(job())
    await asyncio.wait([task, "not a task"])


asyncio.run(main())
