# A function fails while its local generator is paused: the traceback keeps the
# frame (and the generator) alive until the handler is done with the exception.
def reader(name):
    try:
        yield f"{name}: header"
        yield f"{name}: body"
    finally:
        print(f"{name}: closed")


def parse(name):
    lines = reader(name)
    print(next(lines))
    raise ValueError(f"{name} is malformed")


def load_all(names):
    for name in names:
        try:
            parse(name)
        except ValueError as exc:
            print("skipping:", exc)
        print("next file")


load_all(["a.csv", "b.csv"])
try:
    parse("c.csv")
except ValueError:
    print("handled c.csv")
print("done")
