# A handler registry typed with Callable, Awaitable and Protocol.
import asyncio
from typing import Awaitable, Callable, Dict, Iterable, List, Optional, Protocol, Union

Handler = Callable[[str], Awaitable[str]]
registry: Dict[str, Handler] = {}


class Sink(Protocol):
    def write(self, line: str) -> None: ...


class ListSink:
    def __init__(self) -> None:
        self.lines: List[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)


def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        registry[name] = fn
        return fn
    return deco


@register("upper")
async def upper(text: str) -> str:
    await asyncio.sleep(0.1)
    return text.upper()


@register("reverse")
async def reverse(text: str) -> str:
    await asyncio.sleep(0.2)
    return text[::-1]


async def dispatch(names: Iterable[str], text: str, sink: Sink, default: Optional[str] = None) -> int:
    count: Union[int, float] = 0
    for name in names:
        handler = registry.get(name)
        result = await handler(text) if handler else default
        sink.write(f"{name}: {result}")
        count += 1
    return count


async def main() -> None:
    sink = ListSink()
    n = await dispatch(["upper", "missing", "reverse"], "taskline", sink, default="<none>")
    print(n, sink.lines, sorted(registry))
    print(Handler, Dict[str, Handler])


asyncio.run(main())
