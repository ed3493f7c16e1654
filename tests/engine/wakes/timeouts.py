import asyncio


async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    try:
        await asyncio.wait_for(slow(5), 1)
    except TimeoutError:
        print("wait_for timed out")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout() expired")
    t = asyncio.create_task(slow(5))
    done, pending = await asyncio.wait([t], timeout=1)
    print(len(done), len(pending))
    print(await asyncio.wait_for(t, 10))


asyncio.run(main())
