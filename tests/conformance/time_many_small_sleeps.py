import asyncio


async def ticker(name, period, count):
    loop = asyncio.get_running_loop()
    stamps = []
    for _ in range(count):
        await asyncio.sleep(period)
        stamps.append(loop.time())
    print(name, "last stamp", stamps[-1], "rounded", round(stamps[-1], 6))
    return stamps


async def main():
    a, b, c = await asyncio.gather(ticker("tenths", 0.1, 10), ticker("thirds", 1 / 3, 3), ticker("cents", 0.01, 100))
    print("tenths", [f"{s:.1f}" for s in a[:4]], a[2])
    print("thirds", b)
    print("cents[-3:]", c[-3:])
    print(f"end {asyncio.get_running_loop().time():.17f}")


asyncio.run(main())
