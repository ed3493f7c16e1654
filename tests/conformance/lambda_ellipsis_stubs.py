import asyncio

# Tutorial stubs written with `...`, and Ellipsis as a value.


class Handler:
    def setup(self): ...

    async def handle(self, item): ...


class Printer(Handler):
    async def handle(self, item):
        await asyncio.sleep(0.1)
        return f"printed {item}"


def todo():
    ...


async def main():
    base, printer = Handler(), Printer()
    print(base.setup(), await base.handle(1), todo())
    print(await printer.handle("page"))
    x = ...
    print(x, repr(x), x is Ellipsis, type(x).__name__, bool(...))
    print([1, ..., 3], {...: "dots"}[...])


asyncio.run(main())
