import asyncio


async def flaky():
    await asyncio.sleep(0.5)
    print("flaky is about to raise")
    raise ValueError("nobody is listening")


async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(1)
    print("main finished; the task's exception was never retrieved")


asyncio.run(main())
print("program continues after asyncio.run")
