import asyncio


class FetchError(Exception):
    pass


async def fetch(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise FetchError(f"{name} failed")
    print(f"{asyncio.get_running_loop().time():.1f} {name} ok")
    return name


async def main():
    results = await asyncio.gather(
        fetch("a", 1), fetch("b", 2, fail=True), fetch("c", 3, fail=True), return_exceptions=True
    )
    for r in results:
        print("  ", type(r).__name__, r)
    try:
        await asyncio.gather(fetch("d", 0.5, fail=True), fetch("e", 1.5))
    except FetchError as e:
        print(f"{asyncio.get_running_loop().time():.1f} caught {e!r}")
    await asyncio.sleep(2)
    print("now raising from an un-caught gather")
    await asyncio.gather(fetch("f", 0.1), fetch("g", 0.2, fail=True))


asyncio.run(main())
