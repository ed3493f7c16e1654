import asyncio
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    async def save(self, key, value):
        ...

    @abstractmethod
    async def load(self, key):
        ...


class Memory(Storage):
    def __init__(self):
        self.data = {}

    async def save(self, key, value):
        await asyncio.sleep(0.01)
        self.data[key] = value


async def main():
    print("saving")
    store = Memory()
    await store.save("a", 1)


asyncio.run(main())
