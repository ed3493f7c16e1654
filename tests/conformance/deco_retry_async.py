import asyncio
import functools


def retry(attempts=3, delay=0.5):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except ConnectionError as e:
                    print(f"  {func.__name__} attempt {attempt} failed: {e}")
                    if attempt == attempts:
                        raise
                    await asyncio.sleep(delay * attempt)
        return wrapper
    return decorator


calls = {"flaky": 0}


@retry(attempts=4, delay=0.25)
async def flaky(name):
    """Fails twice, then succeeds."""
    calls["flaky"] += 1
    await asyncio.sleep(0.1)
    if calls["flaky"] < 3:
        raise ConnectionError(f"{name} unreachable")
    return f"{name} ok after {calls['flaky']} calls"


@retry(attempts=2)
async def broken():
    raise ConnectionError("always down")


async def main():
    loop = asyncio.get_running_loop()
    print(await flaky("server"), f"at {loop.time():.2f}")
    print(flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
    try:
        await broken()
    except ConnectionError as e:
        print("gave up:", e, f"at {loop.time():.2f}")
    results = await asyncio.gather(broken(), flaky("again"), return_exceptions=True)
    print(results)


asyncio.run(main())
