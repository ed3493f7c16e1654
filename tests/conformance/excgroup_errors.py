# What CPython refuses about exception groups, caught and printed.

tests = [
    lambda: ExceptionGroup("x", []),
    lambda: ExceptionGroup("x", ValueError()),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("x", [1]),
    lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("x", [ValueError()]).split(1),
    lambda: ExceptionGroup("x", [ValueError()]).subgroup(),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

g = BaseExceptionGroup("mixed", [ValueError(1)])
print(type(g).__name__, repr(g))
h = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
print(type(h).__name__, isinstance(h, Exception))

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
