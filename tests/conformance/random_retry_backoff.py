import asyncio
import random

random.seed(3)


class FlakyError(Exception):
    pass


async def call_service(attempt):
    await asyncio.sleep(0.1)
    if random.random() < 0.6:
        raise FlakyError(f"attempt {attempt} failed")
    return "ok"


async def with_retries(max_attempts=6):
    delay = 0.5
    for attempt in range(1, max_attempts + 1):
        try:
            result = await call_service(attempt)
            print(f"attempt {attempt}: {result}")
            return result
        except FlakyError as e:
            jitter = random.uniform(0, delay)
            print(f"{e}; retrying in {delay + jitter:.3f}s")
            await asyncio.sleep(delay + jitter)
            delay *= 2
    raise RuntimeError("gave up")


async def main():
    loop = asyncio.get_running_loop()
    await with_retries()
    print(f"done at {loop.time():.3f}")


asyncio.run(main())
