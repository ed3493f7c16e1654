import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for outer, inner in [(0.5, 1), (1, 0.5), (0.5, 0.5)]:
        try:
            async with asyncio.timeout(outer) as o:
                try:
                    async with asyncio.timeout(inner) as i:
                        await asyncio.sleep(2)
                except TimeoutError:
                    print("inner fired", outer, inner, o.expired(), i.expired(), loop.time())
                    await asyncio.sleep(1)
        except TimeoutError:
            print("outer fired", outer, inner, o.expired(), loop.time())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.wait_for(asyncio.sleep(2), 0.5)
    except TimeoutError as e:
        print("which?", loop.time(), repr(e.__cause__))
    t = asyncio.current_task()
    print(t.cancelling())


asyncio.run(main())
