import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handle(i):
    request_id.set(f"req-{i}")
    await asyncio.sleep(0.1 * (3 - i))
    log("handled")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def main():
    await asyncio.gather(*(handle(i) for i in range(3)))
    log("main")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback with context", context=ctx)
    await asyncio.sleep(0)

asyncio.run(main())
