import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(f"{time.perf_counter():.1f} {what}")


async def main():
    print(f"{time.perf_counter():.1f} started")
    say_after(1, "this coroutine is created but never run")
    asyncio.sleep(5)
    await say_after(1, "hello")
    await say_after(2, "world")
    t = asyncio.create_task(say_after(0.5, "task not awaited but scheduled"))
    await asyncio.sleep(1)
    print(f"{time.perf_counter():.1f} finished; t done = {t.done()}")


asyncio.run(main())
