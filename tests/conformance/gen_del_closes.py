import asyncio


def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        print(f"{name} finally")


async def ticks(name):
    try:
        for i in range(3):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(f"{name} agen finally")


async def main():
    g = numbers("a")
    for v in g:
        if v == 1:
            break
    print("before del")
    del g
    print("after del")
    h = numbers("b")
    print(next(h))
    del h
    print("after del b")
    t = ticks("t")
    print(await anext(t))
    del t
    await asyncio.sleep(0)
    print("after del t")


asyncio.run(main())
