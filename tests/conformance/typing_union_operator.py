# `|` between typing objects makes a typing.Union (Any | None stays a types.UnionType).
from typing import *
import asyncio
T = TypeVar("T")
print(Callable[[int], Awaitable[None]] | None, Optional[int] | str, int | List[int], T | None, List[int] | Dict[str, int], Any | None)
class W:
    cb: Callable[[int], Awaitable[None]] | None = None
    q: "asyncio.Queue[int]"
print(W.__annotations__)
