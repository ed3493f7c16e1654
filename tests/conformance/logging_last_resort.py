import asyncio
import logging

log = logging.getLogger("unconfigured")


async def job(n):
    await asyncio.sleep(n)
    log.info("info is below the last resort's WARNING level: never printed")
    log.warning("job %d: a warning goes to stderr as a bare message", n)
    print(f"job {n} done")


async def main():
    await asyncio.gather(job(1), job(2))
    print("root handlers before:", logging.getLogger().handlers)
    logging.warning("the module-level call configures the root logger")
    print("root handlers after:", logging.getLogger().handlers)
    log.warning("now the root's handler prints this one with levelname and name")


asyncio.run(main())
