# A first generator: values are produced lazily, one per next().
def countdown(n):
    print(f"Starting countdown from {n}")
    while n > 0:
        yield n
        n -= 1
    print("Liftoff!")


gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration raised")
print(next(gen, "exhausted"))

for value in countdown(2):
    print("for got", value)

print(list(countdown(4)))
print(sum(countdown(10)))
print(max(countdown(5)), min(countdown(5)))
print(sorted(countdown(3)))
print(dict(zip("abc", countdown(3))))
for i, v in enumerate(countdown(2), start=1):
    print(i, v)
print(any(v == 2 for v in countdown(3)))
print(3 in countdown(5))
