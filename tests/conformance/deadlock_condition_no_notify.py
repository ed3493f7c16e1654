import asyncio


async def main():
    cond = asyncio.Condition()
    counter = 0

    async def bump():
        nonlocal counter
        for _ in range(3):
            await asyncio.sleep(0.2)
            async with cond:
                counter += 1
                print(f"{asyncio.get_running_loop().time():.1f} counter={counter}")

    asyncio.create_task(bump())
    async with cond:
        await cond.wait_for(lambda: counter >= 3)
        print("never: nobody calls notify")


asyncio.run(main())
