# Caret lines for a failing method lookup, assert, unary operator and assignment targets.
import asyncio
import traceback


class Inventory:
    def __init__(self):
        self.stock = {"bolts": 3}

    async def reserve(self, item: str, n: int) -> int:
        await asyncio.sleep(0.1)
        left = self.stock[item] - n
        assert left >= 0, f"only {self.stock[item]} {item} left"
        self.stock[item] = left
        return left


def report(step: str) -> None:
    print(f"--- {step}")
    print(traceback.format_exc())


async def main():
    inv = Inventory()
    try:
        print(await inv.reserve("bolts", 5))
    except AssertionError:
        report("assert")
    try:
        await inv.restock("bolts", 5)
    except AttributeError:
        report("method lookup")
    try:
        count, unit = inv.stock["bolts"], "pcs", "extra"
    except ValueError:
        report("unpack")
    try:
        frozen = tuple(inv.stock.items())
        frozen[0] = ("nuts", 1)
    except TypeError:
        report("item assignment")
    try:
        delta = -inv.stock.get("nuts")
    except TypeError:
        report("unary minus")


asyncio.run(main())
