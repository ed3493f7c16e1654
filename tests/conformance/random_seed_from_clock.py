import asyncio
import random
import time


async def main():
    random.seed(time.time())
    print(random.random())
    await asyncio.sleep(1.25)
    random.seed(time.time())
    print(random.randint(1, 1000), random.random())
    random.seed(int(time.time() * 1000))
    print(random.choice("abcdef"))
    random.seed(-time.time())
    print(random.random())


asyncio.run(main())
