import asyncio
import asyncio.exceptions
from asyncio.exceptions import CancelledError, InvalidStateError


async def worker():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.exceptions.CancelledError as e:
        print("cancelled:", e.args)
    print(CancelledError is asyncio.CancelledError)
    print(asyncio.exceptions.TimeoutError is TimeoutError)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
