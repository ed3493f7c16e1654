import asyncio
import time


def slow_callback(loop, label):
    print(f"{loop.time():.2f} {label} starts, blocks 0.5s")
    time.sleep(0.5)
    print(f"{loop.time():.2f} {label} ends")


async def ticker(loop):
    for i in range(4):
        await asyncio.sleep(0.3)
        print(f"{loop.time():.2f} tick {i}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.4, slow_callback, loop, "cb1")
    loop.call_later(0.4, slow_callback, loop, "cb2")
    loop.call_at(loop.time() + 1.0, print, "call_at 1.0 fires late")
    await ticker(loop)
    print(f"{loop.time():.2f} done")


asyncio.run(main())
