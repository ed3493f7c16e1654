import asyncio
import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance


@singleton
class Settings:
    def __init__(self, env="dev"):
        print(f"loading settings for {env}")
        self.env = env


class Pool:
    _instance = None

    def __new__(cls, size):
        if cls._instance is None:
            print(f"creating pool of {size}")
            cls._instance = super().__new__(cls)
            cls._instance.sem = asyncio.Semaphore(size)
        return cls._instance

    def __init__(self, size):
        self.size = size


async def use(i):
    pool = Pool(2)
    async with pool.sem:
        await asyncio.sleep(1)
        return f"job {i} at {asyncio.get_running_loop().time():.0f} (size {pool.size})"


async def main():
    print(Settings("prod").env, Settings().env, Settings is Settings, Settings.__name__)
    for line in await asyncio.gather(*(use(i) for i in range(4))):
        print(line)
    print(Pool(5) is Pool(6), Pool._instance.size)


asyncio.run(main())
