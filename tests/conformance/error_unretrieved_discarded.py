import asyncio

async def bad(n=1):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"task boom {n}")

async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.5)
    raise KeyError("main")

asyncio.run(main())
