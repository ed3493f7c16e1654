import asyncio
import functools


def flatten(items):
    for x in items:
        if hasattr(x, "__iter__") and not isinstance(x, str):
            yield from flatten(x)
        else:
            yield x


async def total(parts):
    await asyncio.sleep(0.1)
    return functools.reduce(int.__add__, parts, 0)


async def main():
    nested = [1, [2, (3, "ab")], {"k": 1}, [[4]]]
    print(list(flatten(nested)))
    print(await total([1, 2, 3, 4]), sorted(["bb", "a", "ccc"], key=str.__len__))
    print(list(map(int.__mul__, [1, 2], [3, 4])), (1).__add__("x"), [1].__add__([2]))
    print([1, 2].__contains__(2), (5).__lt__(3), "a".__ne__("b"), [].__hash__)
    print(hasattr([], "__len__"), hasattr(1, "__len__"), hasattr(1.5, "__and__"), hasattr({1}, "__getitem__"))
    d = {}
    d.__setitem__("a", 1)
    print(d, d.__getitem__("a"), d.__len__(), "x".__repr__(), (0).__bool__())
    try:
        str.__len__(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
