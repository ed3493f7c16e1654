# Cancelling the task that iterates an async generator cancels the await inside it.
import asyncio


async def heartbeat():
    beat = 0
    try:
        while True:
            await asyncio.sleep(1)
            beat += 1
            yield beat
    except asyncio.CancelledError:
        print("heartbeat: cancelled at beat", beat)
        raise
    finally:
        print("heartbeat: finally")


async def monitor():
    try:
        async for beat in heartbeat():
            print("monitor saw beat", beat)
    finally:
        print("monitor: finally")


async def main():
    task = asyncio.create_task(monitor())
    await asyncio.sleep(3.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: monitor cancelled", task.cancelled())


asyncio.run(main())
