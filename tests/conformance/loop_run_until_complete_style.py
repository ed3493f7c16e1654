import asyncio


async def fetch(name, delay):
    print(f"fetching {name}")
    await asyncio.sleep(delay)
    print(f"got {name}")
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("a", 2), fetch("b", 1))
    return results


# The pre-3.7 way to run a program, still common in tutorials.
loop = asyncio.get_event_loop()
print("running:", loop.is_running())
result = loop.run_until_complete(main())
print(result)
print("time:", loop.time())
loop.close()
print("closed:", loop.is_closed())
