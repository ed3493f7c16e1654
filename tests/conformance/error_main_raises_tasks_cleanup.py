import asyncio


async def service(name, flush_first=False):
    try:
        while True:
            await asyncio.sleep(0.4)
            print(f"{asyncio.get_running_loop().time():.1f} {name} alive")
    finally:
        # asyncio.run cancels leftovers in set (address) order: a step of its own here makes
        # the print order the same whichever was cancelled first.
        if flush_first:
            await asyncio.sleep(0)
        print(f"{asyncio.get_running_loop().time():.1f} {name} shutting down")


async def main():
    asyncio.create_task(service("db"))
    asyncio.create_task(service("cache", flush_first=True))
    await asyncio.sleep(1)
    print("main hits a bug")
    raise KeyError("session")


asyncio.run(main())
