# Argument-count errors: CPython's wording, and keyword problems before surplus positionals.
def f(a, *, k): pass
def g(a, b=1, *, k, j=2): pass
def h(): pass
def one(a): pass
tests = [lambda: f(1, 2, k=3), lambda: g(1, 2, 3, k=1, j=2), lambda: g(1, 2, 3, j=1), lambda: h(1), lambda: h(1, 2), lambda: one(1, 2, a=3), lambda: one(1, 2, z=3),
         lambda: g(1, 2, 3), lambda: f(1, 2), lambda: one(), lambda: g(), lambda: g(b=1), lambda: f(k=1), lambda: g(1, 2, 3, 4, k=0), lambda: h(k=1), lambda: g(1, c=2, k=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def va(a, *args, k): pass
try: va(1, 2)
except TypeError as e: print(e)
def kw(**kw): pass
try: kw(1)
except TypeError as e: print(e)
def three(a, b, c, d): pass
try: three(1)
except TypeError as e: print(e)
try: three()
except TypeError as e: print(e)
one(1, 2, 3)
