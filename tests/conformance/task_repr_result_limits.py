# A finished task shows its result through reprlib: long lists, strings, dicts, sets, big ints
# and bytes are cut short; small values print whole.
import asyncio


async def compute(value):
    await asyncio.sleep(0.1)
    return value


async def main():
    values = [
        list(range(20)),
        "x" * 50,
        {i: str(i) for i in range(10)},
        (1, [2, [3, [4, [5, [6, [7]]]]]]),
        10 ** 40,
        {3, 1, 2},
        set(range(12)),
        b"y" * 40,
        [[]] * 8,
        ("a",),
        {"b": 1, "a": 2},
    ]
    tasks = [asyncio.create_task(compute(v)) for v in values]
    await asyncio.gather(*tasks)
    for t in tasks:
        print(t)


asyncio.run(main())
