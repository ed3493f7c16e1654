# Each builtin type's name, module, base, methods, dunders, repr and hash, as a program sees them.
import asyncio

TYPES = [int, bool, float, str, list, tuple, dict, set, range, type(None), object, type]
SAMPLES = [7, True, 2.5, "ab", [1, 2], (1, 2), {1: 2}, {3}, range(3), None, object(), int]
DUNDERS = ["__add__", "__radd__", "__mul__", "__rmul__", "__mod__", "__and__", "__ror__",
           "__rshift__", "__rrshift__", "__len__", "__contains__", "__iter__", "__getitem__",
           "__setitem__", "__delitem__", "__bool__", "__repr__", "__eq__"]


async def main():
    for t, v in zip(TYPES, SAMPLES):
        print(t.__name__, t.__module__, repr(t), type(v) is t, isinstance(v, t))
        has = [d for d in DUNDERS if hasattr(v, d)]
        print("  ", has)
        hashable = v.__hash__ is not None if hasattr(v, "__hash__") else "?"
        print("   hashable:", hashable)
    print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, object), issubclass(list, object))
    print(str.lower("ABC"), list.count([1, 1, 2], 1), dict.fromkeys("ab", 0), str.maketrans("a", "b"))
    print((3).real, (3).denominator, (2.5).imag, True.numerator, range(1, 9, 2).step)
    print(hash(3) == hash(3.0) == hash(True) - 1 + 3, hash((1, 2)) == hash((1, 2)))
    for bad in ([1], {1: 2}, {1}):
        try:
            hash(bad)
        except TypeError as e:
            print(e)
    print(int.__add__(2, 3), list.__len__([1, 2]), str.__mod__("%d!", 4), set.__or__({1}, {2}))
    try:
        list.__len__("ab")
    except TypeError as e:
        print(e)
    try:
        str.upper(3)
    except TypeError as e:
        print(e)


asyncio.run(main())
