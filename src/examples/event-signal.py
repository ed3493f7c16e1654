import asyncio


async def runner(name, start):
    print(f"{name} is on the line")
    await start.wait()  # every runner waits for the same signal
    print(f"{name} runs")


async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start), name=n) for n in ["ana", "ben", "cy"]]
    await asyncio.sleep(1)
    print("ready... set... go!")
    start.set()  # wakes all waiters at once
    await asyncio.gather(*runners)


asyncio.run(main())
