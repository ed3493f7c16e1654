# A request id in a ContextVar: each task sees the value of the context it was created in.
import asyncio
import contextvars
import logging

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True

import sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(request_id)s %(levelname)s %(message)s")
logging.getLogger().handlers[0].addFilter(ContextFilter())
log = logging.getLogger(__name__)

async def db_query(q):
    await asyncio.sleep(0.1)
    log.info("query %s", q)

async def handle(rid, who):
    request_id.set(rid)
    user.set(who)
    log.info("handling for %s", user.get())
    await asyncio.gather(db_query("a"), db_query("b"))
    child = asyncio.create_task(db_query("c"))
    request_id.set(rid + "-late")
    await child
    log.info("done")

async def main():
    await asyncio.gather(handle("r1", "ann"), handle("r2", "bob"))
    log.info("outside")
    try:
        user.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    print(user.get("fallback"))
    tok = user.set("zed")
    print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING)
    user.reset(tok)
    print(user.get(None))
    try:
        user.reset(tok)
    except RuntimeError as e:
        print("RuntimeError")
    ctx = contextvars.copy_context()
    ctx.run(user.set, "in-ctx")
    print(ctx[user], user in ctx, user.get("not here"), len(ctx), request_id.name)

asyncio.run(main())
print(request_id.get())
