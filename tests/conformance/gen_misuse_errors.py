# What CPython says when a generator is used the wrong way.
def gen():
    value = yield 1
    print("received", value)
    yield 2


g = gen()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("hello"))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

g2 = gen()
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("thrown before start:", repr(e))
print(next(g2, "finished"))
try:
    g2.throw(123)
except TypeError as e:
    print("TypeError:", e)
print(gen().close())
print(type(gen).__name__, type(gen()).__name__, gen.__name__)
print(gen().__name__, gen().__qualname__)
it = gen()
print(iter(it) is it)
print(it.__next__())
