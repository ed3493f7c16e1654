import asyncio
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


@lru_cache(maxsize=2)
def lookup(key):
    print(f"  miss {key}")
    return key.upper()


async def compute(n):
    await asyncio.sleep(n / 100)
    return n, fib(n)


async def main():
    results = await asyncio.gather(*(compute(n) for n in (10, 20, 30, 40)))
    print(results)
    print(fib.cache_info())
    print(factorial(15), factorial.cache_info())
    for key in ["a", "b", "a", "c", "b", "a"]:
        lookup(key)
    print(lookup.cache_info())
    fib.cache_clear()
    print(fib.cache_info(), fib(15), fib.cache_info().misses)
    print(fib.__name__, fib.__wrapped__(1), type(fib).__name__)


asyncio.run(main())
