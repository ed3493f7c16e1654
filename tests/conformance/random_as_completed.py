import asyncio
import random

random.seed(1234)


async def download(name):
    size = random.randint(100, 5000)
    speed = random.uniform(500, 2000)
    await asyncio.sleep(size / speed)
    return name, size


async def main():
    files = [f"file{i}.bin" for i in range(6)]
    tasks = [asyncio.create_task(download(f)) for f in files]
    for coro in asyncio.as_completed(tasks):
        name, size = await coro
        print(f"{asyncio.get_running_loop().time():8.4f}  {name}  {size} bytes")


asyncio.run(main())
