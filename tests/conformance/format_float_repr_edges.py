import asyncio


async def main():
    loop = asyncio.get_running_loop()
    stamps = []
    for d in [0.1, 0.1, 0.1, 0.7, 1e-3, 0.3]:
        await asyncio.sleep(d)
        stamps.append(loop.time())
    print(stamps)
    print([round(s, 2) for s in stamps])
    print(1 / 10, 1 / 3 * 3, 0.1 * 0.1, 1.1 * 1.1, 3 * 0.1, 4.35 * 100, 1.0 - 0.9)
    print(1e15 + 0.3, 1e16 + 1.0, 123456789012345678.0, 0.000123, 0.0000123)
    print(1e100, 1.7976931348623157e308, 2.2250738585072014e-308, -1.5e-9)
    print(float("1e5"), float("-0"), 5e-1, 1e0, 12.0e2, 0.1e-4)
    print(100 * 1.1, 3.3 / 1.1, 2.675 * 100, 1e23, 9007199254740993.0)
    print(str(0.1 + 0.2), repr(1 / 7), [1.0, 2.50, 1e-5], (0.5,), {"t": 2.0})


asyncio.run(main())
