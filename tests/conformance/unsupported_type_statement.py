import asyncio

type Delay = float


async def main(d: Delay):
    await asyncio.sleep(d)
    print("slept", d)


asyncio.run(main(0.5))
