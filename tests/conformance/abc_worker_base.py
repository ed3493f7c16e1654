# An abstract worker base class: subclasses must implement the coroutine `handle`.
import asyncio
from abc import ABC, abstractmethod


class Worker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    async def handle(self, item):
        ...

    @abstractmethod
    def describe(self):
        ...

    async def run(self, items):
        return [await self.handle(i) for i in items]


class Doubler(Worker):
    async def handle(self, item):
        await asyncio.sleep(0.1)
        return item * 2

    def describe(self):
        return f"{self.name} doubles"


class Unfinished(Worker):
    async def handle(self, item):
        return item


async def main():
    w = Doubler("d1")
    print(w.describe(), await w.run([1, 2, 3]), isinstance(w, Worker))
    for cls in (Worker, Unfinished):
        try:
            cls("x")
        except TypeError as e:
            print("TypeError:", e)
    Unfinished("y")


asyncio.run(main())
