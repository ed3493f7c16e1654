def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"found {target} at {i}")
            break
    else:
        print(f"{target} not found")


find([3, 5, 7], 5)
find([3, 5, 7], 4)

n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz(10) steps:", steps)

i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i, end=" ")
print()

a, b = 0, 1
fib = []
for _ in range(12):
    fib.append(a)
    a, b = b, a + b
print(fib)
(x, y), z = (1, 2), 3
first, rest = 10, [20, 30, 40]
a = b = "same"
print(x, y, z, first, rest, a, b, a is b)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
total = 0
for row in range(3):
    for col in range(3):
        if col > row:
            break
        total += row * col
print("total", total)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
