import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
handler.addFilter(logging.Filter("app.db"))

root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)


def no_secrets(record):
    return "password" not in record.getMessage()


db = logging.getLogger("app.db")
db.addFilter(no_secrets)


async def main():
    logging.getLogger("app.web").info("filtered out by the handler's Filter")
    db.info("connected")
    await asyncio.sleep(0.5)
    db.info("password=hunter2")
    logging.getLogger("app.db.pool").debug("children of app.db pass the Filter")
    logging.getLogger("app.dbx").info("app.dbx is not a child of app.db")
    db.removeFilter(no_secrets)
    db.info("password filter removed: password=hunter2")


asyncio.run(main())
