import asyncio
import time


async def heartbeat(log):
    loop = asyncio.get_running_loop()
    for i in range(5):
        await asyncio.sleep(0.5)
        log.append(f"{loop.time():.2f}")
        print(f"{loop.time():.2f} beat {i}")


async def blocking_job():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.2)
    print(f"{loop.time():.2f} job: time.sleep(1.5) blocks everyone")
    time.sleep(1.5)
    print(f"{loop.time():.2f} job: awake again")
    await asyncio.sleep(0)
    print(f"{loop.time():.2f} job: after yielding")


async def main():
    log = []
    await asyncio.gather(heartbeat(log), blocking_job())
    print("beats at", log)


asyncio.run(main())
