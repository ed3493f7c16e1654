# Delegation with `yield from`: the subgenerator's return value comes back.
def averager():
    total = 0
    count = 0
    while True:
        term = yield
        if term is None:
            break
        total += term
        count += 1
    return round(total / count, 2)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    return results


data = {
    "girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2],
    "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37],
}
for key, avg in sorted(main(data).items()):
    group, unit = key.split(";")
    print(f"{group:>6}: {avg:6.2f}{unit}")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("outer got:", result)
    yield 3


print(list(outer()))
