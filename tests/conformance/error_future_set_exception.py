import asyncio


class ProtocolError(Exception):
    pass


async def reader(fut, name):
    try:
        value = await fut
        print(f"{name} got {value}")
    except ProtocolError as e:
        print(f"{asyncio.get_running_loop().time():.1f} {name} failed: {e}")
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} {name} saw the future cancelled")


async def main():
    loop = asyncio.get_running_loop()
    bad = loop.create_future()
    gone = loop.create_future()
    tasks = [asyncio.create_task(reader(bad, "r1")), asyncio.create_task(reader(bad, "r2")),
             asyncio.create_task(reader(gone, "r3"))]
    loop.call_later(1, bad.set_exception, ProtocolError("unexpected EOF"))
    loop.call_later(2, gone.cancel)
    await asyncio.gather(*tasks)
    print("bad:", repr(bad.exception()), "| gone cancelled:", gone.cancelled())
    print("re-raising the stored exception:")
    bad.result()


asyncio.run(main())
