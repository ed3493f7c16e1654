import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)-12s %(levelname)-8s %(message)s"))

app = logging.getLogger("app")
app.addHandler(handler)
app.setLevel(logging.DEBUG)

db = logging.getLogger("app.db")
api = logging.getLogger("app.api")
quiet = logging.getLogger("app.quiet")
quiet.setLevel(logging.ERROR)
print(db.parent.name, api.parent is app, app.parent.name)
print(db.getEffectiveLevel(), quiet.getEffectiveLevel(), db.level)


async def query(n):
    db.debug("query %d sent", n)
    await asyncio.sleep(0.1 * n)
    db.info("query %d returned %d rows", n, n * 7)


async def main():
    api.info("request received")
    await asyncio.gather(query(1), query(2))
    quiet.warning("this warning is filtered by the logger's own level")
    quiet.error("but errors pass")
    api.propagate = False
    api.info("no handlers on the way up any more")
    print("api has handlers:", api.hasHandlers(), "db has handlers:", db.hasHandlers())
    child = app.getChild("db.pool")
    child.info("child %s under %s", child.name, child.parent.name)


asyncio.run(main())
