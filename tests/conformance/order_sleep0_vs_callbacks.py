import asyncio


def say(text):
    print(text, end=" ")


async def spinner(name, n):
    for i in range(n):
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "[soon1]")
    a = asyncio.create_task(spinner("a", 3))
    loop.call_soon(say, "[soon2]")
    b = asyncio.create_task(spinner("b", 2))
    loop.call_later(0, say, "[later0]")
    await asyncio.sleep(0)
    print("[main]", end=" ")
    loop.call_soon(say, "[soon3]")
    await asyncio.sleep(0)
    print("[main2]", end=" ")
    await asyncio.gather(a, b)
    print()
    print("done at", loop.time())


asyncio.run(main())
