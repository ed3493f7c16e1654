# Tasks print the asyncio callbacks waiting on them, named as CPython's library defines them:
# gather's, shield's, wait's, wait_for's and asyncio.run's own.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    a = asyncio.create_task(work(1))
    gathered = asyncio.gather(a)
    b = asyncio.create_task(work(1))
    shielded = asyncio.shield(b)
    c = asyncio.create_task(work(1))
    waiter = asyncio.create_task(asyncio.wait([c], timeout=5))
    d = asyncio.create_task(work(1))
    limited = asyncio.create_task(asyncio.wait_for(d, 3))
    await asyncio.sleep(0)
    for t in (a, b, c, d):
        print(t)
    print(shielded)
    print(asyncio.current_task())
    print(await gathered, await shielded, await limited)
    await waiter


asyncio.run(main())
