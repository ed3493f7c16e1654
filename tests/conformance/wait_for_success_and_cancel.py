import asyncio


async def compute(x, secs):
    try:
        await asyncio.sleep(secs)
        return x * x
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} compute({x}) cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print("fast:", await asyncio.wait_for(compute(3, 0.5), timeout=1))
    print("no timeout:", await asyncio.wait_for(compute(4, 2), timeout=None))
    try:
        await asyncio.wait_for(compute(5, 3), timeout=1)
    except asyncio.TimeoutError as e:
        print(f"{loop.time():.1f} timed out: {type(e).__name__} {e.args}")
    print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
    task = asyncio.create_task(compute(6, 1))
    print("on a task:", await asyncio.wait_for(task, 2), task.done())

    outer = asyncio.create_task(asyncio.wait_for(compute(7, 5), timeout=10))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print(f"{loop.time():.1f} wait_for itself was cancelled")


asyncio.run(main())
