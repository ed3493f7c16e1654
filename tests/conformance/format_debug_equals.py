import asyncio


async def main():
    loop = asyncio.get_running_loop()
    retries = 3
    delay = 0.25
    name = "fetcher"
    items = ["a", "b"]
    config = {"mode": "fast", "level": 2}
    await asyncio.sleep(delay * retries)
    now = loop.time()
    print(f"{retries=} {delay=} {name=}")
    print(f"{items=} {config=}")
    print(f"{now=:.3f} {delay * retries = :.1f}")
    print(f"{len(items)=} {config['mode']=} {name.upper()=}")
    print(f"{name!r:>12}|{name:>12}|{str(items)!r}")
    print(f"{retries > 2 = }, {None=}, {3.0=}, {1e-05=}")
    print(f"{'quoted'=}")


asyncio.run(main())
