from typing import Final, Literal, Protocol, TypedDict, cast, TYPE_CHECKING

MAX_RETRIES: Final = 3
Mode = Literal["fast", "safe"]


class Config(TypedDict):
    name: str
    retries: int


class Greeter(Protocol):
    def greet(self, who: str) -> str: ...


class English:
    def greet(self, who: str) -> str:
        return f"Hello, {who}"


def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)


cfg = Config(name="svc", retries=MAX_RETRIES)
print(cfg, type(cfg).__name__, cfg["retries"])
print(welcome(English(), "Ada"))
value = cast(int, "not really an int")
print(value, TYPE_CHECKING, Mode)
if TYPE_CHECKING:
    print("never printed")
print("done")
