import asyncio

# asyncio's own coroutines (sleep, Event.wait, Queue.get, ...) kept unstarted until exit are
# reported as sys:1 "never awaited" warnings after the traceback, once per distinct name.


async def main():
    ev = asyncio.Event()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    later = [ev.wait(), q.get(), lock.acquire(), cond.acquire(), asyncio.sleep(1)]
    print(len(later), "coroutines made, none started")
    # asyncio.run refuses to nest, and the sleep it was given is never awaited.
    asyncio.run(asyncio.sleep(2))


asyncio.run(main())
