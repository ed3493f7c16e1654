import asyncio

async def bad(n=1):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"task boom {n}")

async def main():
    ts = [asyncio.create_task(bad(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    raise KeyError("main")

asyncio.run(main())
