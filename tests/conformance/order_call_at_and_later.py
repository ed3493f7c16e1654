import asyncio


def stamp(loop, label):
    print(f"{loop.time():.2f} {label}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_at(start + 0.5, stamp, loop, "call_at +0.5 (scheduled first)")
    loop.call_later(0.5, stamp, loop, "call_later 0.5 (scheduled second)")
    loop.call_later(0.2, stamp, loop, "call_later 0.2")
    loop.call_soon(stamp, loop, "call_soon A")
    h = loop.call_later(0.3, stamp, loop, "cancelled timer")
    loop.call_at(start + 1.0, stamp, loop, "call_at +1.0")
    loop.call_soon(stamp, loop, "call_soon B")
    h.cancel()
    print("main scheduled everything; cancelled:", h.cancelled())
    await asyncio.sleep(0.5)
    stamp(loop, "main after sleep(0.5)")
    loop.call_later(0, stamp, loop, "call_later 0")
    loop.call_soon(stamp, loop, "call_soon C")
    await asyncio.sleep(0)
    stamp(loop, "main after sleep(0)")
    await asyncio.sleep(1)
    stamp(loop, "main end")


asyncio.run(main())
