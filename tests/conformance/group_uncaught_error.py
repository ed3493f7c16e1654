import asyncio


async def fetch(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(f"{name}: bad reply")
    print(f"{asyncio.get_running_loop().time():.1f} fetched {name}")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("alpha", 0.2))
        tg.create_task(fetch("beta", 0.4, fail=True))
        tg.create_task(fetch("gamma", 0.6, fail=True))
    print("never printed")


asyncio.run(main())
