import asyncio

# gather wraps its arguments one at a time: the coroutines before a non-awaitable argument are
# already tasks when the TypeError comes, so they still run before asyncio.run shuts down.


async def fetch(n):
    print("fetch", n, "started in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    print("fetch", n, "finished")


async def main():
    first = fetch(1)
    await asyncio.gather(first, fetch(2), first, 5)


asyncio.run(main())
