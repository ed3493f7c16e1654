import asyncio


class Delay:
    """An awaitable class: __await__ delegates to a coroutine's own __await__."""

    def __init__(self, secs, value):
        self.secs, self.value = secs, value

    def __await__(self):
        yield from asyncio.sleep(self.secs).__await__()
        return self.value


class Lazy:
    def __init__(self, make):
        self.make = make
        self.result = None

    def __await__(self):
        if self.result is None:
            self.result = yield from self.make().__await__()
        return self.result


class Signal:
    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()

    def __await__(self):
        return self.fut.__await__()


async def compute():
    print("computing")
    await asyncio.sleep(0.2)
    return 42


async def fire(sig):
    await asyncio.sleep(0.3)
    sig.fut.set_result("fired")


async def main():
    print(await Delay(0.5, "done"), asyncio.get_running_loop().time())
    print(await asyncio.gather(Delay(0.1, 1), Delay(0.2, 2)))
    lz = Lazy(compute)
    print(await lz, await lz)
    print(await asyncio.wait_for(Delay(0.1, "in time"), 1))
    sig = Signal()
    asyncio.create_task(fire(sig))
    print(await sig, asyncio.get_running_loop().time())


asyncio.run(main())
