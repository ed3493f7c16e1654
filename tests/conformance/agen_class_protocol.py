# The classic protocol: a class with __aiter__ and __anext__.
import asyncio


class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


class Chunks:
    def __init__(self, items):
        self.items = items

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for i in range(0, len(self.items), 2):
            await asyncio.sleep(0.1)
            yield self.items[i:i + 2]


async def main():
    async for n in Countdown(3, 0.2):
        print("countdown", n)
    async for chunk in Chunks([1, 2, 3, 4, 5]):
        print("chunk", chunk)
    print([n async for n in Countdown(2, 0)])
    it = Countdown(1, 0)
    print(await anext(it), await anext(it, "done"))


asyncio.run(main())
