import asyncio


async def waiter(name, event, log):
    print(f"{name} waiting")
    await event.wait()
    log.append(name)
    print(f"{name} woke, is_set={event.is_set()}")


async def setter(event):
    await asyncio.sleep(1)
    print("setter: set()")
    event.set()
    print("setter: still running before waiters")
    await asyncio.sleep(0)
    print("setter: after yielding once")


async def main():
    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, event, log)) for n in ("w1", "w2", "w3")]
    tasks.append(asyncio.create_task(setter(event)))
    await asyncio.gather(*tasks)
    print("wake order", log)
    event.clear()
    print("cleared:", event.is_set())
    late = asyncio.create_task(waiter("late", event, log))
    await asyncio.sleep(0.5)
    event.set()
    await late
    print("already set, wait returns at once:", await event.wait())


asyncio.run(main())
