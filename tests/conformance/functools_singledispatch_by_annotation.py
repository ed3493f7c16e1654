from functools import singledispatch

@singledispatch
def describe(arg):
    return f"something: {arg!r}"

@describe.register
def _(arg: int):
    return f"an int: {arg}"

@describe.register
def _(arg: list):
    return "a list of " + ", ".join(describe(x) for x in arg)

@describe.register(float)
def _describe_float(arg):
    return f"a float: {arg:.2f}"

print(describe("hi"))
print(describe(5))
print(describe(True))
print(describe(2.5))
print(describe([1, 2.0, "x"]))
print(describe.dispatch(bool).__name__)
print(sorted(t.__name__ for t in describe.registry))
