items = ["a", "b", "c"]
huge = 2**64
print(items[:huge], items[-huge:], items[::huge], items[-huge::-1], "hello"[1:huge])
print(items.index("c", 0, huge), "banana".find("a", -huge, huge), range(10)[-huge:2])
for attempt in (lambda: items[2**62], lambda: items[-(2**62)], lambda: items[huge], lambda: "abc"[huge], lambda: range(5)[huge]):
    try:
        attempt()
    except IndexError as e:
        print("IndexError:", e)
for attempt in (lambda: "ab" * huge, lambda: [0] * -huge, lambda: (1,) * (2**63)):
    try:
        attempt()
    except OverflowError as e:
        print("OverflowError:", e)
print("ab" * -(2**62), [] * (2**62), [1] * (2**64 - 2**64 + 2))
table = {huge: "row"}
print(table[2**64], table.get(2.0**64), huge in table)
print(items[huge - huge - 1])
print(items[huge])
