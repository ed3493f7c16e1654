import asyncio
import inspect

async def fetch(url: str, timeout: float = 1.0) -> str:
    await asyncio.sleep(0)
    return ""

def add(a: int, b: int) -> int:
    return a + b

print(fetch.__annotations__)
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(add))
print(add.__name__, add.__qualname__, add.__defaults__, fetch.__defaults__)
print(add.__annotations__["return"] is int, fetch.__annotations__["timeout"].__name__)
