import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="[%(levelname)s] %(message)s")
log = logging.getLogger(__name__)


class Order:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Order({self.n})"


async def process(order, queue):
    log.debug("processing %r from a queue of %d", order, queue.qsize())
    await asyncio.sleep(0.2)
    log.info("order %s: total %.2f EUR", order.n, order.n * 9.99)


async def main():
    queue = asyncio.Queue()
    for n in range(3):
        queue.put_nowait(Order(n))
    while not queue.empty():
        await process(queue.get_nowait(), queue)
    log.info("stats: %(done)d done, %(failed)d failed", {"done": 3, "failed": 0})
    log.info("a literal percent sign: 100%")
    log.info("no args, so %s stays as it is")
    log.info(["not", "a", "string"])
    log.info("user %s logged in", "ada", extra={"user": "ada"})
    log.log(logging.WARNING, "log() with an explicit level %d", logging.WARNING)


asyncio.run(main())
