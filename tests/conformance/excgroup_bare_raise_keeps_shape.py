# A bare `raise` inside except* re-raises its part unchanged: the group keeps its shape.

def build():
    return ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])


def attempt(reraise):
    try:
        raise build()
    except* ValueError as eg:
        print("saw", repr(eg))
        if reraise:
            raise
    except* TypeError:
        print("types handled")


attempt(False)
try:
    attempt(True)
except ExceptionGroup as eg:
    print("back:", repr(eg))
    print(type(eg).__name__, len(eg.exceptions))
