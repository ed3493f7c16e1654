import asyncio

HANDLERS = {}


def handles(event):
    def register(cls):
        HANDLERS[event] = cls
        cls.event = event
        return cls
    return register


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__name__ = cls.__name__
    return get


@handles("click")
class ClickHandler:
    async def handle(self, payload):
        await asyncio.sleep(0.1)
        return f"clicked at {payload}"


@handles("key")
class KeyHandler:
    async def handle(self, payload):
        await asyncio.sleep(0.2)
        return f"pressed {payload!r}"


@singleton
class Bus:
    def __init__(self, name):
        self.name = name
        self.log = []


async def dispatch(event, payload):
    handler = HANDLERS[event]()
    result = await handler.handle(payload)
    Bus("main").log.append(result)
    return result


async def main():
    print(sorted(HANDLERS), ClickHandler.event)
    results = await asyncio.gather(dispatch("key", "q"), dispatch("click", (3, 4)), dispatch("click", (0, 0)))
    print(results)
    print(Bus("other").name, Bus("x").log, Bus is Bus, Bus.__name__)


asyncio.run(main())
