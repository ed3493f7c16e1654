# int/float/range methods and attributes, dict-view set algebra, str.format_map and casefold.
import asyncio


async def measure(n):
    await asyncio.sleep(0.01 * n)
    return n / 4


async def main():
    values = await asyncio.gather(*(measure(n) for n in range(1, 6)))
    for v in values:
        print(v, v.is_integer(), v.as_integer_ratio(), v.real, v.imag)
    for n in (0, 1, 5, 255, -1024, True):
        print(n, n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
    r = range(2, 20, 3)
    print(r.start, r.stop, r.step, r.index(8), r.count(8), r.count(9))
    try:
        r.index(9)
    except ValueError as e:
        print(e)
    try:
        float("inf").as_integer_ratio()
    except OverflowError as e:
        print(e)
    a = {"x": 1, "y": 2, "z": 3}
    b = {"y": 0, "w": 9}
    print(sorted(a.keys() & b.keys()), sorted(a.keys() - b), sorted(a.keys() ^ b.keys()), sorted(a.items() - {("x", 1)}))
    print(sorted(a.keys() | ["q"]), sorted({"y", "k"} & a.keys()))
    row = {"name": "job", "secs": 1.5}
    print("{name} took {secs:.2f}s".format_map(row), "Straße".casefold(), "ab\t".isprintable(), "ab".isprintable())
    print(a.values() - {1})


asyncio.run(main())
