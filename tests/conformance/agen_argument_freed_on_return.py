import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print(f"ticker cleanup at {asyncio.get_running_loop().time():.1f}")


async def squares(src):
    try:
        async for x in src:
            yield x * x
    finally:
        print("squares cleanup")


def numbers():
    try:
        yield from range(10)
    finally:
        print("numbers closed")


async def take(agen, k):
    out = []
    async for v in agen:
        out.append(v)
        if len(out) == k:
            break
    return out


def first_two(gen):
    return [next(gen), next(gen)]


async def main():
    print(await take(ticker(10), 3))
    print(await take(squares(ticker(10)), 2))
    print(first_two(numbers()))
    await asyncio.sleep(1)
    print("end")


asyncio.run(main())
