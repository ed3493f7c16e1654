import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(f"{asyncio.get_running_loop().time():.1f} {name} finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(background("bg1"))
            tg.create_task(background("bg2"))
            await asyncio.sleep(1)
            print("body raising KeyError")
            raise KeyError("config")
    except Exception as e:
        print("caught", type(e).__name__, e, [repr(x) for x in e.exceptions])
    print("group exited")


asyncio.run(main())
