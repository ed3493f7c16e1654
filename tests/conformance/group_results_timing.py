import asyncio
import time


async def square(n):
    await asyncio.sleep(n * 0.25)
    return n * n


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n), name=f"sq{n}") for n in range(1, 6)]
        print("inside the block:", [t.done() for t in tasks])
        await asyncio.sleep(0.6)
        print(f"{time.perf_counter() - start:.2f} partway:", [t.done() for t in tasks])
    print(f"{time.perf_counter() - start:.2f} all done:", [t.result() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group exits at once", f"{time.perf_counter() - start:.2f}")


asyncio.run(main())
