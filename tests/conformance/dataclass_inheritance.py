from dataclasses import dataclass, field


@dataclass
class Event:
    name: str
    timestamp: float = 0.0


@dataclass
class TaskEvent(Event):
    task_id: int = -1
    tags: list = field(default_factory=list)


@dataclass(eq=False)
class Marker(Event):
    label: str = "m"


e = TaskEvent("started", 1.5, 3)
print(e, isinstance(e, Event), TaskEvent.__match_args__)
print(Event("x") == TaskEvent("x"), Event("x") == Event("x"), Marker("a") == Marker("a"))
m = Marker("a")
print(m == m, Marker.__hash__, Marker("a", 2.0, "z"))
try:
    @dataclass
    class Broken(Event):
        required: str
except TypeError as e:
    print("TypeError:", e)
try:
    TaskEvent()
except TypeError as err:
    print(err)
