# loop.set_exception_handler: a failed task nobody awaited and a failing callback reach the handler.
import asyncio

def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    print(f"Caught exception: {msg!r} at {loop.time():.1f}")
    print("  keys:", sorted(context))

async def restart(host, fail):
    await asyncio.sleep(0.5)
    if fail:
        raise ConnectionError(f"could not restart {host}")
    print(f"restarted {host}")

def broken_callback(n):
    raise ValueError(f"callback {n}")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handle_exception)
    print(loop.get_exception_handler() is handle_exception)
    for i in range(3):
        asyncio.create_task(restart(f"host-{i}", fail=i == 1))
        await asyncio.sleep(0.25)
    loop.call_later(0.1, broken_callback, 7)
    await asyncio.sleep(1)
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    print("main done")

asyncio.run(main())
