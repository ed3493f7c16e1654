import asyncio


async def step(name, secs):
    try:
        await asyncio.sleep(secs)
        print(f"{asyncio.get_running_loop().time():.1f} {name} ok")
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} {name} cancelled by a timeout")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            await step("one", 0.5)
            try:
                async with asyncio.timeout(0.5):
                    await step("inner", 1)
            except TimeoutError:
                print(f"{loop.time():.1f} inner timeout caught")
            await step("two", 3)
    except TimeoutError:
        print(f"{loop.time():.1f} outer timeout caught")
    try:
        async with asyncio.timeout(0):
            print("body of timeout(0) still runs until it awaits")
            await asyncio.sleep(0)
    except TimeoutError:
        print(f"{loop.time():.1f} timeout(0) expired at the first await")


asyncio.run(main())
