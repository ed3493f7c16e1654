import asyncio


async def waiter(ev, name):
    await ev.wait()
    print(name, "saw the event")


async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    ev.set()
    await asyncio.gather(*ws)


asyncio.run(main())
