# PEP 479: a StopIteration escaping a generator becomes RuntimeError.
def first_of_each(*iterables):
    for it in iterables:
        it = iter(it)
        yield next(it)


print(list(first_of_each([1, 2], "xy")))
try:
    print(list(first_of_each([1], [])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


def safe_first_of_each(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return


print(list(safe_first_of_each([1], [], [3])))


def returns_early():
    yield 1
    return
    yield 2


print(list(returns_early()))


def broken():
    yield "ok"
    raise StopIteration("oops")


for x in broken():
    print(x)
