import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n * 2


async def fail():
    raise ValueError("x")


def cb(t):
    pass


async def main():
    t = asyncio.create_task(work(1))
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.add_done_callback(cb)
    print(t)
    t.cancel()
    print(t)
    await asyncio.sleep(0)
    print(t)
    u = asyncio.create_task(work(0.1), name="worker")
    await u
    print(u)
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f)
    f.exception()

    async def inner():
        await asyncio.sleep(1)

    i = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print(i)
    i.cancel()
    async with asyncio.TaskGroup() as tg:
        g = tg.create_task(work(0.1))
        print(g)
    print(g)


asyncio.run(main())
