# A logging.Filter stamps each record with the request id of the task that logged it.
import asyncio
import contextvars
import logging
import sys

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(asctime)s [%(request_id)s] %(levelname)s %(message)s"))
handler.addFilter(RequestIdFilter())
log = logging.getLogger("web")
log.addHandler(handler)
log.setLevel(logging.DEBUG)

async def db_query(sql):
    log.debug("query %s", sql)
    await asyncio.sleep(0.05)
    return len(sql)

async def handle_request(rid, path):
    request_id.set(rid)
    log.info("GET %s", path)
    rows = await db_query(f"select * from {path.strip('/')}")
    await asyncio.sleep(0.1)
    log.info("200 OK rows=%d", rows)

async def main():
    await asyncio.gather(*(handle_request(f"r{i}", p) for i, p in enumerate(["/users", "/orders", "/x"])))
    log.warning("server idle")
    request_id.set("main")
    print(sorted((k.name, v) for k, v in contextvars.copy_context().items()))

asyncio.run(main())
