import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ready = asyncio.Event()
    for attempt in range(1, 4):
        try:
            await asyncio.wait_for(ready.wait(), timeout=0.5)
            print(f"{loop.time():.1f} attempt {attempt}: ready")
            break
        except asyncio.TimeoutError:
            print(f"{loop.time():.1f} attempt {attempt}: not yet")
            if attempt == 2:
                loop.call_later(0.2, ready.set)
    q = asyncio.Queue()
    await q.join()
    print("join on a queue with no work returns at once")
    sem = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(sem.acquire(), 0.3)
    except TimeoutError:
        print(f"{loop.time():.1f} semaphore(0) acquire timed out; locked={sem.locked()}")


asyncio.run(main())
