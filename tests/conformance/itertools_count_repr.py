# itertools.count and repeat print their current state.
import itertools
c = itertools.count(5)
print(c, next(c), c, itertools.count(0, 2), itertools.count(1.5, 0.5), itertools.count())
r = itertools.repeat("x", 3)
print(r, next(r), r, itertools.repeat(None))
print(type(c), type(r), type(itertools.chain()))
