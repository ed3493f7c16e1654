# Messages for unpacking a non-iterable and for a bad exception cause.
import asyncio


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


async def pair():
    await asyncio.sleep(0.1)
    return 7


async def main():
    e = NoSuper(5)
    print(repr(e), repr(str(e)), e.args, e.code)
    for v in [KeyError(("a", 1)), KeyError(""), KeyError(None), KeyError(1, 2), ValueError(None)]:
        print(repr(str(v)), repr(v))
    try:
        raise Exception("a") from 5
    except TypeError as x:
        print(x)
    try:
        raise ValueError("b") from KeyError
    except ValueError as x:
        print(repr(x.__cause__))
    for value in (1, None, 2.5):
        try:
            a, b = value
        except TypeError as t:
            print(t)
    try:
        for k, v in [1, 2]:
            pass
    except TypeError as t:
        print(t)
    try:
        a, *rest = 3
    except TypeError as t:
        print(t)
    x, y = await pair()


asyncio.run(main())
