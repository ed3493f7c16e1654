import asyncio

async def work():
    return 1

async def main():
    c = work()
    raise RuntimeError("oops")

asyncio.run(main())
