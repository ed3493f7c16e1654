# @contextmanager turns a generator into a `with` block: setup, yield, teardown.
import time
from contextlib import contextmanager


@contextmanager
def timer(label):
    start = time.perf_counter()
    print(f"[{label}] start")
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f"[{label}] took {elapsed:.2f}s")


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with timer("sleepy"):
    time.sleep(1.5)

with tag("html") as outer:
    with tag("body") as inner:
        print("content", outer, inner)

try:
    with timer("failing"):
        time.sleep(0.25)
        raise ValueError("something broke")
except ValueError as e:
    print("caught:", e)

try:
    with tag("p"):
        raise KeyError("no closing tag")
except KeyError as e:
    print("caught:", repr(e))
