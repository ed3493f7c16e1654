# Wrong arguments to generator and async generator methods: CPython's messages.
def gen():
    yield 1
async def ag():
    yield 1
g = gen()
a = ag()
for f in (lambda: g.send(), lambda: g.close(1), lambda: g.throw(), lambda: g.__next__(1), lambda: a.asend(), lambda: a.aclose(1), lambda: a.athrow(), lambda: a.__anext__(1), lambda: anext(), lambda: aiter(a, 1), lambda: g.send(1, 2), lambda: g.throw(ValueError("x"), 1)):
    try:
        f()
    except TypeError as e:
        print(e)
