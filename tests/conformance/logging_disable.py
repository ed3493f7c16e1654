import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s:%(message)s")


async def noisy(n):
    for i in range(n):
        logging.debug("step %d", i)
        logging.warning("warning %d", i)
        await asyncio.sleep(0)


async def main():
    await noisy(2)
    logging.disable(logging.WARNING)
    print("disabled up to WARNING")
    await noisy(2)
    logging.error("errors still pass")
    logging.disable(logging.NOTSET)
    print("re-enabled")
    await noisy(1)


asyncio.run(main())
