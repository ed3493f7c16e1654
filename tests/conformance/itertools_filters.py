import asyncio
from itertools import compress, dropwhile, filterfalse, islice, takewhile


async def readings():
    out = []
    for i in range(10):
        await asyncio.sleep(0.05)
        out.append((i * 7) % 10)
    return out


async def main():
    data = await readings()
    print(data)
    print(list(takewhile(lambda x: x < 8, data)))
    print(list(dropwhile(lambda x: x < 8, data)))
    print(list(filterfalse(lambda x: x % 2, data)))
    print(list(compress(data, [i % 3 == 0 for i in range(len(data))])))
    print(list(islice(data, 2, 8, 3)), list(islice(data, 3)), list(islice(data, 8, None)))
    try:
        islice(data, -1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
