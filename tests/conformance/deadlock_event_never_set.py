import asyncio


async def wait_for_signal(event, name):
    print(f"{name} waiting for the signal")
    await event.wait()
    print(f"{name} got it")


async def main():
    ready = asyncio.Event()
    start = asyncio.Event()
    t = asyncio.create_task(wait_for_signal(start, "worker"))
    await asyncio.sleep(1)
    print(f"{asyncio.get_running_loop().time():.1f} main sets the wrong event")
    ready.set()
    await t


asyncio.run(main())
