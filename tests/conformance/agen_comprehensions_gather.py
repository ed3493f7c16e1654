# Async comprehensions: `async for` and `await` inside comprehensions.
import asyncio


async def fetch(i):
    await asyncio.sleep(0.1 * (3 - i))
    return i * 10


async def pages(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield i


async def main():
    loop = asyncio.get_running_loop()
    ids = [i async for i in pages(3)]
    print(ids)
    print({i: i * i async for i in pages(3)})
    print({i % 2 async for i in pages(4)})
    print([i async for i in pages(6) if i % 2])
    values = [await fetch(i) for i in ids]
    print(values, f"{loop.time():.2f}")
    start = loop.time()
    gathered = await asyncio.gather(*[fetch(i) async for i in pages(3)])
    print(gathered, f"{loop.time() - start:.2f}")
    pairs = [(x, y) async for x in pages(2) for y in "ab"]
    print(pairs)
    doubled = (x * 2 async for x in pages(3))
    print(type(doubled).__name__)
    print([d async for d in doubled])


asyncio.run(main())
