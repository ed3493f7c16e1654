import asyncio
import time


async def sleeper(name, secs):
    await asyncio.sleep(secs)
    print(f"{asyncio.get_running_loop().time():.2f} {name} (asked for {secs})")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(sleeper(f"s{i}", s)) for i, s in enumerate([0.9, 0.3, 0.6, 0.3])]
    loop.call_later(0.5, print, "callback due at 0.5")
    await asyncio.sleep(0)
    time.sleep(2)
    print(f"{loop.time():.2f} main blocked until now; everything is overdue")
    loop.call_soon(print, "call_soon after the block")
    loop.call_later(0, print, "call_later(0) after the block")
    await asyncio.gather(*tasks)
    print(f"{loop.time():.2f} end")


asyncio.run(main())
