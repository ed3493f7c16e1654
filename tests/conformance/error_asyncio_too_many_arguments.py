import asyncio

# asyncio's coroutine methods take no extra arguments: Event.wait(timeout) is a TypeError at
# the call (use asyncio.wait_for for a timeout), not a wait that ignores it.


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.sleep(0.1, "result", "extra")
    except TypeError as e:
        print("sleep:", e)
    try:
        await asyncio.Queue().put("item", True)
    except TypeError as e:
        print("put:", e)
    await ev.wait(5)


asyncio.run(main())
