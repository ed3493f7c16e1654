import asyncio


async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print(f"{asyncio.get_running_loop().time():.1f} stubborn: slept fine")
        except asyncio.CancelledError:
            print(f"{asyncio.get_running_loop().time():.1f} stubborn: ignoring cancel #{attempt}")
    print("stubborn: returning normally")
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    await asyncio.sleep(0.2)
    print("after first cancel: done =", t.done())
    t.cancel()
    await asyncio.sleep(0)
    result = await t
    print("result:", result, "cancelled():", t.cancelled())


asyncio.run(main())
