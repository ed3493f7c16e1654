import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s [%(request_id)s] %(funcName)s: %(message)s")
base = logging.getLogger("web")


async def handle(request_id, delay):
    log = logging.LoggerAdapter(base, {"request_id": request_id})
    log.info("received")
    await asyncio.sleep(delay)
    log.debug("hidden")
    log.warning("took %.1fs", delay)
    log.log(logging.ERROR, "via log()")
    print(log, log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel(), log.name, log.extra)


async def main():
    await asyncio.gather(handle("a1", 0.5), handle("b2", 0.25))


asyncio.run(main())
