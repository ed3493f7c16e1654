import asyncio


async def quick(tag):
    print("quick runs", tag)
    return tag


async def chatter(tag, n):
    for i in range(n):
        print(f"{tag} tick {i}")
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(quick("T"))
    c = asyncio.create_task(chatter("chatter", 4))
    await asyncio.sleep(0)
    print("t done?", t.done())
    value = await t
    print("awaited finished task without yielding:", value)
    value = await quick("direct coroutine")
    print("awaited coroutine directly:", value)
    print("main yields now")
    await asyncio.sleep(0)
    print("main back")
    await c
    print("chatter finished")


asyncio.run(main())
