from typing import Protocol, runtime_checkable, TypedDict, Literal, Final, cast, get_type_hints, ClassVar

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closing")

class Movie(TypedDict):
    title: str
    year: int

Mode = Literal["r", "w"]
MAX: Final = 10

class Counter:
    count: ClassVar[int] = 0
    name: str

def open_it(mode: Mode) -> str:
    return mode

print(isinstance(Resource(), Closeable), isinstance(42, Closeable))
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__)
print(open_it("r"), MAX, cast(int, "not really"))
print(get_type_hints(open_it))
print(Counter.__annotations__)
