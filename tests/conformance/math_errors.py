import math

tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("acos(2)", lambda: math.acos(2)),
    ("factorial(-3)", lambda: math.factorial(-3)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("floor(nan)", lambda: math.floor(math.nan)),
    ("ceil(inf)", lambda: math.ceil(math.inf)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
math.log(-1)
