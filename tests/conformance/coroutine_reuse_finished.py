# A coroutine runs once: asyncio.run or a task given one that already finished raises.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n * 2

async def main():
    c = job(1)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("await again:", e)
    task = asyncio.create_task(c)
    try:
        await task
    except RuntimeError as e:
        print("task of it:", e)
    print(task.done(), type(task.exception()).__name__)

coro = job(0)
print(asyncio.run(coro))
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("run again:", e)
asyncio.run(main())
