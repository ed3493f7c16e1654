import asyncio
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


class CustomFormatter(logging.Formatter):
    FORMATS = {
        logging.DEBUG: "[dbg] %(message)s",
        logging.INFO: "[inf] %(name)s: %(message)s",
        logging.WARNING: "[WRN] %(funcName)s: %(message)s",
    }

    def format(self, record):
        log_fmt = self.FORMATS.get(record.levelno, "%(levelname)s %(message)s")
        formatter = logging.Formatter(log_fmt)
        return formatter.format(record)


class UpperFormatter(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatTime(self, record, datefmt=None):
        return f"t+{record.created:.1f}"


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


store = ListHandler()
store.setFormatter(CustomFormatter())
console = logging.StreamHandler(sys.stdout)
console.setFormatter(UpperFormatter("%(asctime)s %(levelname)s %(message)s"))
console.addFilter(OnlyEven())
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(store)
log.addHandler(console)


async def worker(n):
    log.debug("tick %d", n)
    await asyncio.sleep(n / 4)
    log.info("done %d", n)
    if n == 3:
        log.warning("slow %d", n)


async def main():
    await asyncio.gather(*(worker(n) for n in range(4)))
    log.error("final")
    for line in store.records:
        print("stored:", line)
    print(isinstance(store, logging.Handler), isinstance(console.formatter, logging.Formatter), store.level, store)


asyncio.run(main())
