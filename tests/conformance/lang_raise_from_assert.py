class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line


def parse_number(text, line):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(line, f"not a number: {text!r}") from e


def check(values):
    assert len(values) > 0, "no values"
    assert all(v >= 0 for v in values), f"negative value in {values}"
    return sum(values)


for i, text in enumerate(["12", "x7", "40"], start=1):
    try:
        print("parsed", parse_number(text, i))
    except ParseError as e:
        print("error:", e, "| line attr", e.line)
        print("cause:", type(e.__cause__).__name__, e.__cause__)

for vals in [[1, 2], [], [3, -1]]:
    try:
        print("sum", check(vals))
    except AssertionError as e:
        print("assertion:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert args:", e.args, repr(str(e)))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(repr(e), "caused by", repr(e.__cause__))

e = ValueError("plain")
print("no cause:", e.__cause__)
parse_number("oops", 99)
