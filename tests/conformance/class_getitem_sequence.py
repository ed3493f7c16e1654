import asyncio


class Squares:
    """A sequence with only __len__ and __getitem__: iteration, `in` and reversed() fall back to it."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


async def main():
    s = Squares(5)
    await asyncio.sleep(0.1)
    print(list(s), s[-1], s[1:4], s[::2], s[slice(3)])
    print(16 in s, 7 in s, sorted(s, reverse=True), list(reversed(s)))
    it = iter(s)
    print(type(it).__name__, next(it), next(it))
    a, b, *rest = s
    print(a, b, rest, sum(s), max(s))
    sl = slice(1, 10, 2)
    print(sl, sl.start, sl.stop, sl.step, sl.indices(6), slice(None, -1).indices(4))
    print(type(sl).__name__, isinstance(sl, slice), sl == slice(1, 10, 2))
    try:
        iter(NotIterable())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
