# str.format reports template mistakes with CPython's exact words, looking the field up first.
templates = [
    "x{0.real!",
    "total: {0!}",
    "{0!}}",
    "{0!rr}",
    "{0!x}",
    "{0!r:>8}",
    "a{{b{0:{",
    "{0:{1}",
    "{name!}",
    "{9!}}}",
    "{0[0]!}",
    "{:{}}{0}",
    "}{0}",
    "{0",
]
for t in templates:
    try:
        print(repr(t.format("ab", 5)))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(f"{t!r}: {type(e).__name__}: {e}")
row = {"task": "fetch", "secs": 1.25}
print("{task:<8}|{secs:>6.2f}|{secs!r}".format(**row))
print("{0[task]} took {0[secs]}s".format(row))
print("{0:{1}{2}}".format(3.14159, ">10", ".3f"))
print("{!r:{}}".format("x", 5))
