import asyncio
import time
from functools import wraps


def timed(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__qualname__} took {elapsed:.2f}s")
    return wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)
    return wrapper


@logged
@timed
async def fetch(n):
    await asyncio.sleep(n)
    return n * 2


class Service:
    @timed
    async def handle(self, req):
        await asyncio.sleep(0.5)
        return req.upper()


async def main():
    print(await asyncio.gather(fetch(1), fetch(2), fetch(0.5)))
    print(await Service().handle("ping"))
    print(fetch.__name__, Service.handle.__name__, Service.handle.__qualname__)
    task = asyncio.create_task(fetch(3))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled at", time.perf_counter())


asyncio.run(main())
