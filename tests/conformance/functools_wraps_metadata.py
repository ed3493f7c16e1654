import asyncio
import functools


def traced(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args[-1:]}")
        result = await func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


def bare(func):
    async def wrapper(*args):
        return await func(*args)
    return wrapper


class Api:
    @traced
    async def get(self, path):
        """GET a path."""
        await asyncio.sleep(0.1)
        return f"200 {path}"


@traced
async def add(a, b):
    """Add two numbers slowly."""
    await asyncio.sleep(0.2)
    return a + b


@bare
async def sub(a, b):
    """Subtract."""
    return a - b


async def main():
    await add(2, 3)
    print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
    print(add.__wrapped__.__name__, Api.get.__qualname__, Api.get.__doc__)
    print(sub.__name__, sub.__qualname__, sub.__doc__)
    await Api().get("/users")
    print(hasattr(sub, "__wrapped__"), functools.WRAPPER_ASSIGNMENTS)


asyncio.run(main())
