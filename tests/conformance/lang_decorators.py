import asyncio
import time


def timed(fn):
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await fn(*args, **kwargs)
        print(f"{fn.__name__} took {time.perf_counter() - start:.2f}s")
        return result
    return wrapper


def register(cls):
    print("registering", cls.__name__)
    registry.append(cls)
    return cls


def repeat(n):
    def deco(f):
        def inner(*args):
            for _ in range(n):
                f(*args)
        return inner
    return deco


registry = []


@register
class Worker:
    pass


@repeat(2)
@repeat(2)
def hello(who):
    print("hello", who)


@timed
async def work(x):
    await asyncio.sleep(x)
    return x * 2


def bad(f):
    raise ValueError(f"cannot decorate {f.__name__}")


async def main():
    hello("world")
    print(await work(1.5))
    results = await asyncio.gather(work(1), work(0.5))
    print(results, registry[0].__name__)


asyncio.run(main())


@bad
def late():
    pass
