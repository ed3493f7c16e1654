# A walrus inside a comprehension binds in the enclosing function, not in the comprehension.


def running_totals(values):
    total = 0
    totals = [total := total + v for v in values]
    return totals, total


def first_long(words):
    if any((hit := w) and len(w) > 5 for w in words):
        return hit
    return None


print(running_totals([3, 1, 4, 1, 5]))
print(first_long(["tea", "coffee", "water"]))
print(first_long(["a", "b"]))

data = [1, 5, 12, 7, 30]
doubled_big = [y for x in data if (y := x * 2) > 10]
print(doubled_big, "last y:", y)

squares = {n: (sq := n * n) for n in range(4)}
print(squares, sq)


def make_counter():
    count = 0

    def bump():
        nonlocal count
        return [(count := count + 1) for _ in range(3)]

    return bump


bump = make_counter()
print(bump(), bump())
