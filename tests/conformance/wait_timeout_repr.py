import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(3)
    print(repr(cm))
    async with cm:
        print(repr(cm))
        cm.reschedule(loop.time() + 1.25)
        print(repr(cm), cm.when())
        await asyncio.sleep(0.5)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.25) as late:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", repr(e), repr(late), late.expired())
    try:
        late.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(None) as never:
        print(repr(never), never.when())


asyncio.run(main())
