import asyncio
import logging
import sys


class PrefixHandler(logging.StreamHandler):
    def __init__(self, prefix):
        super().__init__(sys.stdout)
        self.prefix = prefix

    def format(self, record):
        return self.prefix + super().format(record)


class TaggingAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['task']}] {msg}", kwargs


h = PrefixHandler(">> ")
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))
base = logging.getLogger("app")
base.addHandler(h)
base.setLevel(logging.INFO)


async def worker(name, delay):
    log = TaggingAdapter(base, {"task": name})
    log.info("start")
    await asyncio.sleep(delay)
    log.warning("done after %.1fs", delay)
    log.debug("hidden")


async def main():
    await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print(isinstance(h, logging.StreamHandler), isinstance(h, logging.Handler), h.stream is sys.stdout, h)


asyncio.run(main())
