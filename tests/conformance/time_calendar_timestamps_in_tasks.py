import asyncio
import time


def stamp():
    return time.strftime("%H:%M:%S")


async def backup(name, minutes):
    print(f"[{stamp()}] {name}: started")
    await asyncio.sleep(minutes * 60)
    print(f"[{stamp()}] {name}: finished after {minutes} min")


async def main():
    t0 = time.time()
    await asyncio.gather(backup("photos", 90), backup("mail", 5), backup("code", 61))
    print(f"[{stamp()}] all done in {time.time() - t0:.0f}s")
    print("day:", time.strftime("%A %d %B %Y"))
    await asyncio.sleep(86400 - time.time())
    print(f"[{stamp()}] midnight:", time.strftime("%A %d %B %Y"))


asyncio.run(main())
