# asyncio's own reports go through the 'asyncio' logger: with logging on stdout they show there.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(asctime)s %(name)s %(levelname)s %(message)s")
log = logging.getLogger("app")

async def fire_and_forget(n):
    await asyncio.sleep(0.5)
    if n == 2:
        raise ValueError(f"job {n} failed")
    log.info("job %d ok", n)

async def main():
    for n in range(4):
        asyncio.create_task(fire_and_forget(n))
    await asyncio.sleep(1)
    log.info("jobs launched and finished")
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd", "code": 7})
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    asyncio.create_task(fire_and_forget(2))
    await asyncio.sleep(1)
    log.info("done")

asyncio.run(main())
