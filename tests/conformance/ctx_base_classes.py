# contextlib's base classes: ContextDecorator, AbstractContextManager and their async twins.
import asyncio
import time
from contextlib import AbstractContextManager, ContextDecorator, AsyncContextDecorator, AbstractAsyncContextManager

class Timer(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] start")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"[{self.label}] {time.perf_counter() - self.start:.1f}s", exc_type.__name__ if exc_type else "ok")
        return False

@Timer("work")
def work(n):
    time.sleep(n)
    return n

print(work(1))
with Timer("block") as t:
    print(type(t).__name__)

class Resource(AbstractContextManager):
    def __exit__(self, *exc):
        print("resource released")

with Resource() as r:
    print(isinstance(r, AbstractContextManager), isinstance(r, Resource))

class ATimer(AsyncContextDecorator):
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *exc):
        print("aexit")
        return False

@ATimer()
async def job(x):
    await asyncio.sleep(x)
    return x * 2

class AR(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("AR exit")

async def main():
    print(await job(0.5))
    async with AR() as ar:
        print(type(ar).__name__)

asyncio.run(main())
print(work.__name__)
