# suppress() swallows chosen exceptions; nullcontext() stands in for an optional manager.
from contextlib import suppress, nullcontext, contextmanager

data = {"a": 1}
with suppress(KeyError):
    print("looking up b")
    print(data["b"])
    print("not reached")
print("after suppress")

with suppress(ZeroDivisionError, ValueError):
    int("x")
print("ValueError suppressed")

try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


@contextmanager
def locked(name):
    print("lock", name)
    yield name
    print("unlock", name)


def process(item, lock=None):
    with lock if lock is not None else nullcontext("no lock") as held:
        print("processing", item, "holding", held)


process(1)
process(2, locked("L"))
with nullcontext() as nothing:
    print(nothing)


@contextmanager
def swallow_value_errors():
    try:
        yield
    except ValueError as e:
        print("swallowed:", e)


with swallow_value_errors():
    raise ValueError("bad input")
print("continued")
