import asyncio


async def step(name, delays):
    for d in delays:
        print(f"{asyncio.get_running_loop().time():.2f} {name} sleeps {d}")
        await asyncio.sleep(d)
    return name


async def main():
    pre = asyncio.create_task(step("pre", [0.1]))
    results = await asyncio.gather(
        step("a", [0.2, 0.1]),
        pre,
        step("b", [0.1, 0.2]),
        step("c", [0, 0.3]),
    )
    print(results)
    same = asyncio.create_task(step("same", [0]))
    out = await asyncio.gather(same, same, step("d", [0]))
    print(out)
    print(await asyncio.gather())


asyncio.run(main())
