import asyncio


async def fetch(page, delay):
    print(f"fetching {page}")
    await asyncio.sleep(delay)
    print(f"got {page}")
    return f"<{page}>"


async def main():
    # gather wraps each coroutine in a task and waits for all of them.
    # The results come back in argument order, not in finishing order.
    results = await asyncio.gather(
        fetch("home", 1.5),
        fetch("about", 0.5),
        fetch("blog", 1),
    )
    print(results)


asyncio.run(main())
