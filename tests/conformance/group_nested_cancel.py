import asyncio


async def tick(name, n, period):
    for i in range(n):
        await asyncio.sleep(period)
        print(f"{asyncio.get_running_loop().time():.1f} {name} tick {i}")
    return f"{name} finished"


async def inner_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(tick("inner-a", 10, 0.4))
        return "inner group finished"
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} inner group cancelled")
        raise


async def main():
    outer = asyncio.create_task(inner_group())
    side = asyncio.create_task(tick("side", 2, 0.5))
    await asyncio.sleep(1.0)
    outer.cancel()
    print(await asyncio.gather(outer, side, return_exceptions=True))
    print("outer cancelled:", outer.cancelled())


asyncio.run(main())
