# ExitStack: a dynamic number of context managers, unwound last-in first-out.
from contextlib import ExitStack, contextmanager


@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


names = ["a.txt", "b.txt", "c.txt"]
with ExitStack() as stack:
    files = [stack.enter_context(opened(n)) for n in names]
    stack.callback(print, "callback registered last, runs first")
    print("working with", files)

print("--- pop_all keeps them open")
with ExitStack() as stack:
    stack.enter_context(opened("keep.txt"))
    later = stack.pop_all()
print("outside the with")
later.close()

print("--- an exit callback can suppress")


def suppress_all(exc_type, exc, tb):
    print("suppressing", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(suppress_all)
    stack.enter_context(opened("x.txt"))
    raise ValueError("boom")
print("boom was suppressed")


def failing_cleanup():
    raise KeyError("cleanup failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise ValueError("body failed")
except KeyError as e:
    print("raised:", repr(e), "context:", repr(e.__context__))
