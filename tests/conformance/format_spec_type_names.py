# format() errors name the value's own type: bool is not reported as int.
for value, spec in [
    (True, "[1]"),
    (True, ".2s"),
    (True, ".2"),
    (False, "z"),
    (True, ",s"),
    (7, "[1]"),
    (7, "q"),
    (2.5, "d"),
    ("s", "d"),
    (1.5, ".3000000000f"),
    (1.5, ".99999999999999999999f"),
    (1, "99999999999999999999"),
]:
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print(f"format({value!r}, {spec!r}): {e}")
print(format(True, "c") == "\x01", format(True, "e"), format(False, "^5"), format(True, "#x"))
print(f"{True:>6}|{False:<6}|{True:d}|{True:.1%}")
print("{:.{}f}".format(2.5, 10**30))
