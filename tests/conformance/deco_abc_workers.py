import asyncio
from abc import ABC, abstractmethod


class Worker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    async def process(self, item):
        """Handle one item."""

    @property
    @abstractmethod
    def kind(self):
        ...

    async def run(self, items):
        out = []
        for item in items:
            out.append(await self.process(item))
        return f"{self.kind} {self.name}: {out}"


class Doubler(Worker):
    kind = "doubler"

    async def process(self, item):
        await asyncio.sleep(0.1)
        return item * 2


class Shouter(Worker):
    @property
    def kind(self):
        return "shouter"

    async def process(self, item):
        await asyncio.sleep(0.2)
        return item.upper()


class Half(Worker):
    async def process(self, item):
        return item


async def main():
    for cls in (Worker, Half):
        try:
            cls("x")
        except TypeError as e:
            print(e)
    print(await asyncio.gather(Doubler("d").run([1, 2, 3]), Shouter("s").run(["a", "b"])))
    print(sorted(Worker.__abstractmethods__), isinstance(Doubler("e"), Worker))


asyncio.run(main())
