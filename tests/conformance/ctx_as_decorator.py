# A @contextmanager (or @asynccontextmanager) manager used as a decorator: each call
# runs inside a fresh manager.
import time
import asyncio
from contextlib import contextmanager, asynccontextmanager

@contextmanager
def timer(label):
    start = time.perf_counter()
    yield
    print(f"{label}: {time.perf_counter() - start:.1f}s")

@timer("work")
def work(n):
    time.sleep(n)
    return n * 2

print(work(1))
print(work(2))

@asynccontextmanager
async def atimer(label):
    start = time.perf_counter()
    yield
    print(f"{label}: {time.perf_counter() - start:.1f}s")

@atimer("task")
async def task(n):
    await asyncio.sleep(n)
    return n

async def main():
    print(await task(0.5))
    print(await asyncio.gather(task(1), task(2)))

asyncio.run(main())
print(callable(timer("x")))
