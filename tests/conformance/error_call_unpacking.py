# Star and double-star call arguments: unpacking, and CPython's errors naming the callee.
import asyncio


def f(*args, **kw):
    return args, kw


def g(x, y):
    return x - y


class W:
    async def run(self, a, b=0):
        await asyncio.sleep(0.1)
        return a + b


async def main():
    a, b = [1, 2], (3, 4)
    print(f(*a, *b, **{"x": 1}, **{"y": 2}), f(*"ab", *range(2)), g(*[5], **{"y": 2}))
    (p, *q), r = [1, 2, 3], 4
    print(p, q, r, *a, [*a, *b], {**{"k": 1}, **{"k": 2, "j": 3}})
    print(await W().run(*[1], **{"b": 2}))
    for thunk in (
        lambda: f(**{"x": 1}, **{"x": 2}),
        lambda: g(1, **{"x": 2}),
        lambda: g(*[1, 2, 3]),
        lambda: g(**{1: 2}),
        lambda: f(*5),
        lambda: f(**[1]),
        lambda: W().run(**{"a": 1}, a=2),
        lambda: W(*None),
        lambda: print(*5),
    ):
        try:
            thunk()
        except TypeError as e:
            print(e)
    g(*[1], *[2], **{"y": 3})


asyncio.run(main())
