import asyncio
import time


async def ticker():
    for i in range(4):
        print(f"tick {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)


async def polite():
    await asyncio.sleep(0.5)  # gives the loop back while waiting
    print("polite: done")


async def rude():
    time.sleep(1)  # holds the loop: nothing else can run for 1 s
    print("rude: done")


async def main():
    tick = asyncio.create_task(ticker())
    await asyncio.gather(polite(), rude())
    await tick


asyncio.run(main())
