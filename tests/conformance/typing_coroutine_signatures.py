# Typed coroutine signatures, as in typed asyncio tutorials.
import asyncio
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, Union

Handler = Callable[[str], Awaitable[Optional[int]]]
Registry = Dict[str, List[int]]


async def lookup(key: str) -> Optional[int]:
    await asyncio.sleep(0.1)
    return len(key) if key else None


async def run_all(keys: List[str], handler: Handler) -> List[Tuple[str, Optional[int]]]:
    results: List[Tuple[str, Optional[int]]] = []
    for key in keys:
        results.append((key, await handler(key)))
    return results


async def main() -> None:
    registry: Registry = {}
    out = await run_all(["ab", "", "xyz"], lookup)
    for key, size in out:
        registry.setdefault("sizes", []).append(size or 0)
    print(out, registry)
    print(Handler)
    print(Registry, Optional[str], Union[int, str], Union[int, None], Any)


asyncio.run(main())
