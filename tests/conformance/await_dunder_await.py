# Awaitable classes: __await__ delegating to a coroutine, or a generator that yields from one.
import asyncio

class Delayed:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    async def _run(self):
        await asyncio.sleep(self.delay)
        return self.value

    def __await__(self):
        return self._run().__await__()

class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            yield from asyncio.sleep(0.5).__await__()
            print("tick", i)
        fut = asyncio.get_running_loop().create_future()
        fut.set_result("ticked")
        return (yield from fut.__await__())

async def main():
    print(await Delayed(1, "one"))
    print(await Ticker(2))
    print(await asyncio.gather(Delayed(0.5, "a"), Ticker(1), Delayed(0.1, "c")))
    task = asyncio.ensure_future(Delayed(5, "slow"))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    try:
        await asyncio.wait_for(Ticker(10), timeout=1.2)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
