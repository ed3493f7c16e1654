import asyncio


async def part(name, secs):
    try:
        await asyncio.sleep(secs)
        print(f"{asyncio.get_running_loop().time():.1f} {name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{asyncio.get_running_loop().time():.1f} {name} cancelled")
        raise


async def main():
    g = asyncio.gather(part("a", 1), part("b", 2), part("c", 3))
    await asyncio.sleep(1.5)
    print("cancel the gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    print("gather cancelled():", g.cancelled())


asyncio.run(main())
