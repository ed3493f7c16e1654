# Infinite generators are consumed a piece at a time.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for i, f in zip(range(10), fibonacci()):
    print(i, f)

fib = fibonacci()
first = [next(fib) for _ in range(5)]
print(first)
print(next(fib), next(fib))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


p = primes()
print([next(p) for _ in range(10)])


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for chunk in batched(range(7), 3):
    print(chunk)
