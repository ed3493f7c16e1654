import asyncio
import functools
import inspect

def log_calls(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{inspect.signature(func)}")
        return await func(*args, **kwargs)
    return wrapper

@log_calls
async def fetch(url: str, timeout: float = 1.5, *, retries=3) -> dict:
    await asyncio.sleep(0.1)
    return {"url": url}

def plain(a, b=None, /, c=[1], *rest, d, e: int = 4, **extra):
    pass

class Worker:
    def __init__(self, name, delay=0.5):
        self.name = name
    async def run(self, n):
        return n

async def main():
    print(await fetch("x"))
    print(inspect.signature(fetch))
    print(inspect.signature(plain))
    sig = inspect.signature(Worker)
    print(sig, repr(sig), list(sig.parameters))
    print(inspect.signature(Worker("w").run), inspect.signature(lambda x, y=2: x))
    for name, p in inspect.signature(fetch).parameters.items():
        print(name, p, repr(p), p.name)
    print(inspect.signature(fetch).return_annotation, inspect.iscoroutinefunction(fetch))

asyncio.run(main())
