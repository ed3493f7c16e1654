# A slow async generator with a timeout on each item.
import asyncio


async def slow_feed():
    for delay in (0.1, 0.2, 2.0, 0.1):
        await asyncio.sleep(delay)
        yield delay


async def main():
    feed = slow_feed()
    while True:
        try:
            item = await asyncio.wait_for(anext(feed), timeout=1.0)
        except asyncio.TimeoutError:
            print(f"timed out at {asyncio.get_running_loop().time():.1f}")
            break
        except StopAsyncIteration:
            print("feed ended")
            break
        print("got", item)
    async with asyncio.timeout(0.5):
        async for item in slow_feed():
            print("within timeout:", item)
            if item == 0.2:
                break
    print("done")


asyncio.run(main())
