# ExceptionGroup's split(), subgroup() and derive() keep the nesting of the group.

eg = ExceptionGroup(
    "batch",
    [
        ValueError("bad value"),
        ExceptionGroup("nested", [TypeError("bad type"), ValueError("another value")]),
        KeyError("missing"),
    ],
)

print(eg)
print(repr(eg))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print("types:", repr(eg.subgroup(TypeError)))
print("none:", eg.subgroup(OSError))
print("lookup:", repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print("all:", eg.subgroup(Exception) is eg)
print("derived:", repr(eg.derive([ZeroDivisionError("zero")])))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

only, nothing = eg.split(lambda e: True)
print(only is eg, nothing)
leaf_values = [str(e) for e in match.exceptions if not isinstance(e, ExceptionGroup)]
print(leaf_values)
