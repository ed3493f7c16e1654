import asyncio


async def service(name):
    try:
        while True:
            await asyncio.sleep(0.4)
            print(f"{asyncio.get_running_loop().time():.1f} {name} alive")
    finally:
        print(f"{asyncio.get_running_loop().time():.1f} {name} shutting down")


async def main():
    asyncio.create_task(service("db"))
    asyncio.create_task(service("cache"))
    await asyncio.sleep(1)
    print("main hits a bug")
    raise KeyError("session")


asyncio.run(main())
