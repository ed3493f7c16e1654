from dataclasses import dataclass, field, fields, replace


def attempt(label, make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


def order_overwrite():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def order_without_eq():
    @dataclass(order=True, eq=False)
    class B:
        x: int


def frozen_from_plain():
    @dataclass
    class Base:
        x: int

    @dataclass(frozen=True)
    class Child(Base):
        y: int = 0


def untyped_field():
    @dataclass
    class D:
        x: int
        y = field(default=1)


@dataclass
class Job:
    name: str
    retries: int = 3
    started: bool = field(default=False, init=False)


attempt("overwrite", order_overwrite)
attempt("order", order_without_eq)
attempt("frozen", frozen_from_plain)
attempt("untyped", untyped_field)
attempt("too many", lambda: Job("a", 1, True))
attempt("unknown kw", lambda: Job("a", colour="red"))
attempt("init=False", lambda: replace(Job("a"), started=True))
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("fields", lambda: fields(42))
print(replace(Job("a"), retries=5), Job.__match_args__)
