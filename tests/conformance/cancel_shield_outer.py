import asyncio


async def save(record, secs):
    print(f"{asyncio.get_running_loop().time():.1f} saving {record}")
    await asyncio.sleep(secs)
    print(f"{asyncio.get_running_loop().time():.1f} saved {record}")
    return f"{record} ok"


async def handler(record):
    try:
        return await asyncio.shield(save(record, 2))
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} handler cancelled; the save keeps going")
        raise


async def main():
    h = asyncio.create_task(handler("user-42"))
    await asyncio.sleep(0.5)
    h.cancel()
    res = await asyncio.gather(h, return_exceptions=True)
    print("handler result:", type(res[0]).__name__)
    print("tasks alive:", len(asyncio.all_tasks()))
    await asyncio.sleep(2)
    print("tasks alive later:", len(asyncio.all_tasks()))

    inner = asyncio.create_task(save("order-7", 1))
    try:
        print(await asyncio.wait_for(asyncio.shield(inner), timeout=0.5))
    except TimeoutError:
        print(f"{asyncio.get_running_loop().time():.1f} wait_for gave up; inner cancelled? {inner.cancelled()}")
    print("inner result:", await inner)


asyncio.run(main())
