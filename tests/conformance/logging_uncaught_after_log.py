import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(funcName)s: %(message)s", stream=sys.stdout)


class PaymentError(Exception):
    pass


async def charge(amount):
    logging.info("charging %d", amount)
    await asyncio.sleep(1)
    if amount > 100:
        raise PaymentError(f"amount {amount} exceeds the limit")
    logging.info("charged %d", amount)


async def main():
    await charge(50)
    await charge(500)
    logging.info("never reached")


asyncio.run(main())
