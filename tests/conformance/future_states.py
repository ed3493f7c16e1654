# A future's state as tutorials print it: PENDING, then FINISHED or CANCELLED.
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._state, fut.done())
    loop.call_later(0.5, fut.set_result, "value")
    print(await fut, fut._state)
    tasks = [asyncio.create_task(work(n)) for n in (0.1, 1, 2)]
    await asyncio.sleep(0.5)
    print([t._state for t in tasks])
    tasks[2].cancel()
    await asyncio.wait(tasks)
    print([t._state for t in tasks])
    g = asyncio.gather(work(0.1))
    print(g._state, await g, g._state)

asyncio.run(main())
