import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished at {asyncio.get_running_loop().time()}")
    return name


with asyncio.Runner() as runner:
    print(runner.run(step("first", 1)))
    print(runner.run(step("second", 0.5)))
    loop = runner.get_loop()
    print("loop open:", not loop.is_closed(), "running:", loop.is_running())
print("loop closed after the block:", loop.is_closed())
