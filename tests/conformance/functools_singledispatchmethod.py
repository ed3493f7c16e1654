import asyncio
from functools import singledispatchmethod


class Notifier:
    channel = "ops"

    def __init__(self):
        self.sent = []

    @singledispatchmethod
    async def notify(self, message):
        raise TypeError(f"cannot notify with {type(message).__name__}")

    @notify.register(str)
    async def _(self, message):
        await asyncio.sleep(0.1)
        self.sent.append(f"#{self.channel}: {message}")

    @notify.register(list)
    async def _(self, messages):
        for m in messages:
            await self.notify(m)

    @notify.register(Exception)
    async def _(self, error):
        await self.notify(f"error {type(error).__name__}: {error}")

    @singledispatchmethod
    @classmethod
    def describe(cls, thing):
        return f"{cls.__name__} handles {type(thing).__name__}?"

    @describe.register(int)
    @classmethod
    def _(cls, thing):
        return f"{cls.__name__} handles ints like {thing}"


async def main():
    n = Notifier()
    await n.notify("deploy started")
    await n.notify(["step 1", "step 2"])
    await n.notify(TimeoutError("db slow"))
    try:
        await n.notify(3.5)
    except TypeError as e:
        print("TypeError:", e)
    print("\n".join(n.sent))
    print(Notifier.describe(7), Notifier.describe(None), n.notify.__name__)


asyncio.run(main())
