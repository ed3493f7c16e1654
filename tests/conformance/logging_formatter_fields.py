import asyncio
import logging
import sys

fmt = ("%(asctime)s|%(msecs)03d|%(created).3f|%(name)s|%(levelname)s|%(levelno)s|"
       "%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(threadName)s|%(processName)s|%(message)s")
logging.basicConfig(level=logging.DEBUG, format=fmt, stream=sys.stdout)
log = logging.getLogger("fields")


def helper():
    log.debug("from a plain function")


async def ticker(n):
    for i in range(n):
        log.info("tick %d", i)
        await asyncio.sleep(0.125)
    helper()


async def main():
    log.info("main starts")
    await asyncio.gather(ticker(2), ticker(3))
    for i in range(2):
        log.info("inside a loop %d", i)
    log.warning("main ends")


log.info("module level, before the loop")
asyncio.run(main())
