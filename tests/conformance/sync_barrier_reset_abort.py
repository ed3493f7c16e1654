import asyncio


async def party(b, n):
    await asyncio.sleep(n * 0.1)
    print("arrive", n, b.n_waiting)
    i = await b.wait()
    print("pass", n, i, asyncio.get_running_loop().time())
    async with b as j:
        print("second", n, j)


async def breaker(b):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("broken", repr(e))


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, i) for i in range(3)))
    print(b.n_waiting)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(breaker(b2))
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.reset()
    await t
    t = asyncio.create_task(breaker(b2))
    await asyncio.sleep(0)
    await b2.abort()
    await t
    print(b2.broken)
    await breaker(b2)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    b3 = asyncio.Barrier(2)
    w = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("cancelled waiter", b3.n_waiting)
    await b3.abort()
    await b3.wait()


asyncio.run(main())
