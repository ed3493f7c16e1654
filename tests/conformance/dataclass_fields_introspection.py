import asyncio
from dataclasses import dataclass, field, fields, MISSING


class Worker:
    pass


@dataclass
class Job:
    """A unit of work for the queue."""

    id: int
    name: str
    priority: float = 1.0
    tags: list[str] = field(default_factory=list, metadata={"doc": "labels"})
    owner: Worker = None
    inbox: asyncio.Queue = None
    note: "str" = ""
    parent: int | None = field(default=None, compare=False, repr=False)


for f in fields(Job):
    default = "required" if f.default is MISSING and f.default_factory is MISSING else "has default"
    print(f"{f.name:9} {str(f.type):28} {default:12} init={f.init} repr={f.repr} compare={f.compare}")
print(fields(Job)[3].metadata["doc"], Job.__doc__)
print(Job(1, "a"), Job(1, "a", parent=5) == Job(1, "a", parent=6))
