# Lambdas with defaults, keyword-only parameters, *args and **kwargs.

greet = lambda name, greeting="Hello", *, punct="!": f"{greeting}, {name}{punct}"
print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))

collect = lambda first, *rest, sep="-", **options: (first, rest, sep, sorted(options.items()))
print(collect(1))
print(collect(1, 2, 3, sep="+", b=2, a=1))

power = lambda x, /, exp=2: x ** exp
print(power(3), power(2, exp=10))

# The late-binding trap, and the default-argument fix.
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])

try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("x", "y", "z")
except TypeError as e:
    print("TypeError:", e)
try:
    power(x=1)
except TypeError as e:
    print("TypeError:", e)
print((lambda: None)(), (lambda *a: a)(), (lambda **k: k)(z=1))
