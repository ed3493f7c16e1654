# @contextmanager and @asynccontextmanager on methods: the manager gets `self`.
import asyncio
from contextlib import contextmanager, asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = size

    @contextmanager
    def connection(self, tag):
        self.free -= 1
        print(f"acquire {tag} (free: {self.free})")
        try:
            yield tag.upper()
        finally:
            self.free += 1
            print(f"release {tag} (free: {self.free})")

    @asynccontextmanager
    async def session(self, tag):
        await asyncio.sleep(0.1)
        with self.connection(tag) as conn:
            yield conn


pool = Pool(2)
with pool.connection("a") as a, pool.connection("b") as b:
    print("using", a, b)
print(Pool.connection.__name__, pool.connection.__name__)


async def job(tag, delay):
    async with pool.session(tag) as conn:
        await asyncio.sleep(delay)
        print(f"{conn} done at {asyncio.get_running_loop().time():.1f}")


async def main():
    await asyncio.gather(job("x", 0.3), job("y", 0.1))


asyncio.run(main())
