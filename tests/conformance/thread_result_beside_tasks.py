import asyncio


def checksum(data):
    total = 0
    for i, b in enumerate(data):
        total = (total * 31 + b * (i + 1)) % 1_000_003
    return total


async def chatter(name, n):
    for i in range(n):
        print(f"{name} says {i}")
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(chatter("alice", 3))
    t2 = asyncio.create_task(chatter("bob", 3))
    await asyncio.sleep(0)
    fut = asyncio.get_running_loop().run_in_executor(None, checksum, list(range(500)))
    print("submitted, done?", fut.done())
    value = await fut
    print("checksum", value)
    await asyncio.gather(t1, t2)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
