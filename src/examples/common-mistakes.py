import asyncio
import time

async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} fetched")

async def report():
    print("report written")

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel")  # no raise: the cancel is lost
    return "finished anyway"

async def crash():
    await asyncio.sleep(0.5)
    raise ValueError("nobody will hear this")

async def main():
    report()  # forgot await: the coroutine never runs
    asyncio.create_task(fetch("news", 1))  # the task is not kept anywhere
    failing = asyncio.create_task(crash())  # its exception is never retrieved

    await fetch("users", 2)  # these two could run at the same time
    await fetch("orders", 1)

    time.sleep(0.5)  # blocks the whole loop

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print(await task)

asyncio.run(main())
