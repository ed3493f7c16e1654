import asyncio


async def getter(name, q):
    item = await q.get()
    print(f"{asyncio.get_running_loop().time():.1f} {name} got {item!r}")
    return item


async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(1)
    print("three getters waiting; putting two items")
    q.put_nowait("x")
    q.put_nowait("y")
    print("size right after puts:", q.qsize())
    await asyncio.sleep(0)
    print("size after one yield:", q.qsize())
    getters[2].cancel()
    await asyncio.sleep(1)
    await q.put("z")
    print("z stays queued:", q.qsize())
    print([g.result() if not g.cancelled() else "cancelled" for g in getters])


asyncio.run(main())
