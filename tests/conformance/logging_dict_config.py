# logging.config.dictConfig as tutorials write it: formatters, handlers, filters, loggers, root.
import asyncio
import logging
import logging.config

early = logging.getLogger("legacy.module")  # made before dictConfig: disabled by it
db = logging.getLogger("app.db")  # below a configured logger: kept


class EvenOnly(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


LOGGING = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s | %(message)s"},
        "timed": {"format": "{asctime} {name}: {message}", "style": "{", "datefmt": "%H:%M:%S"},
    },
    "filters": {"even": {"()": EvenOnly}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "level": "DEBUG", "stream": "ext://sys.stdout"},
        "ticks": {"class": "logging.StreamHandler", "formatter": "timed", "filters": ["even"], "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console"], "propagate": False},
        "ticker": {"level": "INFO", "handlers": ["ticks"]},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}


async def tick(n: int) -> None:
    log = logging.getLogger("ticker")
    for i in range(n):
        await asyncio.sleep(0.75)
        log.info("tick %d", i)


async def main():
    logging.config.dictConfig(LOGGING)
    app = logging.getLogger("app")
    app.debug("starting")
    early.error("never shown")
    db.info("connected")
    await tick(4)
    logging.getLogger("misc").warning("reaches the root handler")
    print(early.disabled, db.disabled, logging.getLevelName(db.level))
    try:
        logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}})
    except ValueError as e:
        print("ValueError:", e, "| cause:", e.__cause__)
    logging.config.dictConfig({"version": 2})


asyncio.run(main())
