# Tracebacks printed to stdout mark the failing expression with ^ and ~ (CPython 3.11, PEP 657).
import asyncio
import logging
import sys
import traceback

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)

PRICES = {"apple": 1.25, "pear": 0.75}


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0.1)
    return PRICES[item] * 1.2


async def average(items: list) -> float:
    total = sum([await fetch_price(i) for i in items if i in PRICES])
    return total / (len(items) - len(items))


async def checkout(cart: list) -> None:
    try:
        price = await fetch_price(cart[0])  # first item only
        log.info("price %.2f", price)
    except KeyError:
        log.exception("lookup failed for %r", cart[0])


async def main():
    await checkout(["apple"])
    await checkout(["plum"])
    try:
        print(await average(["apple", "pear"]))
    except ZeroDivisionError:
        print(traceback.format_exc())
    task = asyncio.create_task(fetch_price("kiwi"), name="kiwi")
    try:
        result = await task
    except KeyError:
        traceback.print_exc(file=sys.stdout)
    convert = lambda s: int(s.strip()) + 1
    try:
        print(convert(" 41 "), convert("x"))
    except ValueError as e:
        print("".join(traceback.format_exception(e)))
    try:
        print(undefined_total + 1)
    except NameError:
        print(traceback.format_exc(limit=None))


asyncio.run(main())
