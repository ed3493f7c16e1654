import asyncio


async def leaf(name, secs):
    print(f"{asyncio.get_running_loop().time():.1f} leaf {name} start")
    await asyncio.sleep(secs)
    print(f"{asyncio.get_running_loop().time():.1f} leaf {name} end")
    return name


async def branch(name):
    print(f"branch {name} spawning")
    kids = [asyncio.create_task(leaf(f"{name}.{i}", 0.5 * (3 - i))) for i in range(3)]
    print(f"branch {name} spawned {[k.get_name() for k in kids]}")
    results = []
    for k in kids:
        results.append(await k)
    return results


async def main():
    left = asyncio.create_task(branch("L"))
    right = asyncio.create_task(branch("R"))
    print("main spawned branches", left.get_name(), right.get_name())
    print(await left)
    print(await right)


asyncio.run(main())
