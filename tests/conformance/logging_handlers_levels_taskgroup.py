import asyncio
import logging
import sys

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.WARNING)
verbose = logging.StreamHandler(sys.stdout)
verbose.setFormatter(logging.Formatter("verbose> %(levelname)s %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[console, verbose], format="%(name)s | %(message)s")
print(logging.getLogger().handlers)
log = logging.getLogger("svc")


async def job(n):
    log.debug("job %d debug", n)
    await asyncio.sleep(n)
    if n == 2:
        log.warning("job %d is slow", n)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(job(n))
    log.error("bad format %d", "x")
    log.info("bad args %s %s", 1)
    logging.getLogger().handlers.clear()
    log.warning("no handlers left: last resort")
    print(console.formatter._fmt, verbose.formatter._fmt, console.name, console.level)


asyncio.run(main())
