import asyncio
import functools


def repeat(times):
    """Run the decorated coroutine function several times."""
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            results = []
            for i in range(times):
                results.append(await func(i, *args, **kwargs))
            return results
        wrapper.times = times
        return wrapper
    return decorator


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@repeat(3)
async def tick(i, label):
    """One tick."""
    await asyncio.sleep(0.1 * i)
    return f"{label}-{i}"


@count_calls
def square(x):
    return x * x


def undecorated_wrapper(func):
    def inner(*args):
        return func(*args)
    return inner


@undecorated_wrapper
def plain(x):
    """Docstring that gets lost."""
    return x


async def main():
    print(await tick("t"))
    print(tick.__name__, tick.__doc__, tick.times)
    print([square(n) for n in range(4)], square.calls, square.__name__)
    print(plain.__name__, plain.__doc__, plain(5))


asyncio.run(main())
