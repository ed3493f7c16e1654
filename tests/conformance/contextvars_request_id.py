# A request id in a ContextVar: each task sees its own, a callback sees its scheduler's.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")
    return rid

async def main():
    log("main begins")
    print(await asyncio.gather(handle("req-1", 0.2), handle("req-2", 0.1)))
    token = request_id.set("main")
    asyncio.get_running_loop().call_soon(log, "callback")
    request_id.set("changed")
    await asyncio.sleep(0)
    request_id.reset(token)
    log("after reset")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside")
    print(ctx[request_id], request_id in ctx, len(ctx))
    await asyncio.create_task(handle("req-3", 0.1), context=ctx)
    print(ctx[request_id], request_id.get())
    try:
        request_id.reset(token)
    except RuntimeError:
        print("a token resets once")
    print(token.old_value is contextvars.Token.MISSING)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-4", 0.1))
    log("main ends")

asyncio.run(main())
