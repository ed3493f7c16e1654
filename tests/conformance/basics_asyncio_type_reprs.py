import asyncio

async def work():
    return 1

async def main():
    t = asyncio.create_task(work())
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(t)
    print(type(t), type(f), type(g), type(asyncio.Queue()), type(asyncio.LifoQueue()), type(asyncio.PriorityQueue()))
    print(type(asyncio.Lock()), type(asyncio.Event()), type(asyncio.Condition()), type(asyncio.Semaphore()), type(asyncio.BoundedSemaphore()), type(asyncio.Barrier(2)))
    print(type(asyncio.TaskGroup()), type(asyncio.timeout(1)), asyncio.Task, asyncio.Queue, [type(t).__name__, type(g).__name__])
    h = asyncio.get_running_loop().call_soon(print, "x")
    h2 = asyncio.get_running_loop().call_later(1, print, "y")
    print(type(h), type(work).__name__)
    h2.cancel()
    await g
    f.cancel()

asyncio.run(main())
