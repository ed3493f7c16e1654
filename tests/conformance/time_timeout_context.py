import asyncio


async def slow_op(secs):
    await asyncio.sleep(secs)
    return f"slept {secs}"


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1):
        print(await slow_op(0.5))
    print(f"{loop.time():.1f} first block ok")
    try:
        async with asyncio.timeout(1) as cm:
            print(await slow_op(3))
    except TimeoutError:
        print(f"{loop.time():.1f} timed out, expired={cm.expired()}")
    try:
        async with asyncio.timeout(None) as cm:
            print("deadline:", cm.when())
            cm.reschedule(loop.time() + 0.25)
            await slow_op(1)
    except TimeoutError:
        print(f"{loop.time():.2f} rescheduled timeout fired")
    async with asyncio.timeout(2) as cm:
        await slow_op(1)
        print(f"{loop.time():.2f} deadline {cm.when():.2f}; expired={cm.expired()}")
    print(f"{loop.time():.2f} done")


asyncio.run(main())
