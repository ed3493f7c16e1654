import asyncio


class Worker:
    def __init__(self, name):
        self._name = name
        self._done = 0

    @property
    def name(self):
        return self._name

    @property
    def done(self):
        return self._done

    async def work(self, n):
        for _ in range(n):
            await asyncio.sleep(0.1)
            self._done += 1


async def main():
    w = Worker("alpha")
    await w.work(3)
    print(w.name, w.done)
    w.done = 0


asyncio.run(main())
