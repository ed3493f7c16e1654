import asyncio


async def brew(drink, minutes):
    print(f"{drink}: start")
    await asyncio.sleep(minutes)
    print(f"{drink}: ready")


async def main():
    loop = asyncio.get_running_loop()

    # Awaiting coroutines one by one: each waits for the previous one.
    start = loop.time()
    await brew("tea", 1)
    await brew("coffee", 1)
    print(f"one by one took {loop.time() - start:.1f} s")

    # Wrapping them in tasks first: both sleep at the same time.
    start = loop.time()
    tea = asyncio.create_task(brew("tea", 1), name="tea")
    coffee = asyncio.create_task(brew("coffee", 1), name="coffee")
    await tea
    await coffee
    print(f"as tasks took {loop.time() - start:.1f} s")


asyncio.run(main())
