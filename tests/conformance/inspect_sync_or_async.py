# A decorator that works on both plain and async functions, choosing with inspect.
import asyncio
import inspect


def logged(func):
    if inspect.iscoroutinefunction(func):
        async def wrapper(*args):
            print(f"awaiting {func.__name__}{args}")
            return await func(*args)
    else:
        def wrapper(*args):
            print(f"calling {func.__name__}{args}")
            return func(*args)
    return wrapper


@logged
async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 2


@logged
def add(a, b):
    return a + b


class Service:
    async def start(self):
        return "started"


async def main():
    print(await fetch(3), add(1, 2))
    coro = fetch(4)
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isfunction(add), inspect.isclass(Service))
    print(await coro)
    s = Service()
    print(inspect.iscoroutinefunction(s.start), inspect.ismethod(s.start), inspect.iscoroutinefunction(print))
    task = asyncio.create_task(s.start())
    print(inspect.isawaitable(task), await task)


asyncio.run(main())
