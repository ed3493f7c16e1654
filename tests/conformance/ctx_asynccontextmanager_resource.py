# @asynccontextmanager: async setup and teardown around a block of work.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    print(f"{name}: connecting")
    await asyncio.sleep(0.2)
    print(f"{name}: connected")
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.1)
        print(f"{name}: disconnected")


async def query(name, delay):
    async with connection(name) as conn:
        print(f"{name}: querying via {conn}")
        await asyncio.sleep(delay)
        return f"{name} result"


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(query("db1", 0.5), query("db2", 0.1))
    print(results, f"{loop.time():.1f}")
    try:
        async with connection("db3"):
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("error:", e, f"{loop.time():.1f}")


asyncio.run(main())
