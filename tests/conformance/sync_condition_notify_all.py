import asyncio


async def racer(name, cond, started):
    async with cond:
        started.append(name)
        await cond.wait()
        print(f"{asyncio.get_running_loop().time():.1f} {name} released (lock held: {cond.locked()})")
        await asyncio.sleep(0.1)
    print(f"{name} left the lock")


async def main():
    cond = asyncio.Condition()
    started = []
    racers = [asyncio.create_task(racer(f"r{i}", cond, started)) for i in range(4)]
    await asyncio.sleep(1)
    print("waiting:", started)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*racers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify without the lock:", e)


asyncio.run(main())
