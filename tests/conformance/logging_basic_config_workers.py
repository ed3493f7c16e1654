import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(message)s",
    stream=sys.stdout,
)


async def worker(name, delay):
    logging.info("%s: starting, will take %.1fs", name, delay)
    await asyncio.sleep(delay)
    logging.debug("%s: this is below INFO and never shown", name)
    logging.info("%s: finished", name)
    return delay * 10


async def main():
    logging.info("main: launching workers")
    results = await asyncio.gather(
        worker("fetch", 1.5),
        worker("parse", 0.25),
        worker("store", 3),
    )
    logging.warning("main: results are %s", results)
    logging.error("main: pretending something failed")
    logging.critical("main: done")


asyncio.run(main())
