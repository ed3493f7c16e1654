import asyncio
import random

random.seed(8)


async def slow_op(i):
    duration = random.triangular(0.2, 2.0, 0.5)
    await asyncio.sleep(duration)
    return i, round(duration, 3)


async def main():
    for i in range(6):
        try:
            result = await asyncio.wait_for(slow_op(i), timeout=1.0)
            print("finished", result)
        except asyncio.TimeoutError:
            print(f"op {i} timed out at {asyncio.get_running_loop().time():.3f}")


asyncio.run(main())
