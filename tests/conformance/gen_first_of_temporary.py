# next() on a generator nobody else holds: it is freed, and closed, right after next() returns.
def numbers(label):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print(f"{label}: closed")


def first_even():
    return next(x for x in numbers("evens") if x % 2 == 0)


print("first:", next(numbers("direct")))
print("first even:", first_even())
print("with default:", next(numbers("default"), None))

shared = numbers("shared")
print("shared:", next(shared), next(shared))
print("end")
