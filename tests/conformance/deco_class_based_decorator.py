import asyncio
import functools


class RateLimited:
    """Allows `limit` concurrent calls of the wrapped coroutine function."""

    def __init__(self, limit):
        self.limit = limit

    def __call__(self, func):
        sem = asyncio.Semaphore(self.limit)

        @functools.wraps(func)
        async def wrapper(*args):
            async with sem:
                return await func(*args)
        return wrapper


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    async def __call__(self, *args):
        self.calls += 1
        return await self.func(*args)


@CountCalls
@RateLimited(2)
async def download(url):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} start {url}")
    await asyncio.sleep(1)
    return len(url)


async def main():
    sizes = await asyncio.gather(*(download(u) for u in ["a.io", "bb.io", "ccc.io", "d.io", "e.io"]))
    print(sizes, download.calls, download.__name__, download.__wrapped__.__name__)
    print(type(download).__name__, callable(download))


asyncio.run(main())
