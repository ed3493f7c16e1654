import asyncio
from functools import singledispatch


class Event:
    def __init__(self, name):
        self.name = name


class Click(Event):
    pass


@singledispatch
async def handle(msg):
    await asyncio.sleep(0.1)
    return f"unknown {msg!r}"


@handle.register(str)
async def _(msg):
    await asyncio.sleep(0.2)
    return f"text {msg.upper()}"


@handle.register(int)
async def _(msg):
    return f"number {msg * 2}"


@handle.register(Event)
async def _(msg):
    return f"{type(msg).__name__} event {msg.name}"


async def main():
    inbox = ["hi", 21, Click("button"), Event("tick"), 3.5, True]
    for line in await asyncio.gather(*(handle(m) for m in inbox)):
        print(line)
    print(handle.__name__, handle.dispatch(Click) is handle.dispatch(Event), len(handle.registry))


asyncio.run(main())
