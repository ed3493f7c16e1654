import asyncio
import functools
import inspect


def flexible(func):
    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def awrapper(*args, **kwargs):
            print(f"awaiting {func.__name__}")
            return await func(*args, **kwargs)
        return awrapper

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)
    return wrapper


@flexible
async def fetch(x):
    """Fetch something.

    Slowly.
    """
    await asyncio.sleep(1)
    return x


@flexible
def compute(x):
    return x * 2


class K:
    async def m(self): pass


async def main():
    print(await fetch(1), compute(2))
    print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(compute), inspect.iscoroutinefunction(K().m))
    print(inspect.isfunction(compute), inspect.ismethod(K().m), inspect.isclass(K), inspect.isawaitable(asyncio.Future()))
    print(inspect.getdoc(fetch), inspect.unwrap(fetch) is fetch.__wrapped__)


asyncio.run(main())
