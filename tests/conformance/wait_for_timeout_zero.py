import asyncio


async def ready_now():
    return "instant"


async def needs_time():
    await asyncio.sleep(0.1)
    return "slow"


async def main():
    loop = asyncio.get_running_loop()
    for coro_fn in (ready_now, needs_time):
        try:
            r = await asyncio.wait_for(coro_fn(), timeout=0)
            print("result:", r)
        except asyncio.TimeoutError:
            print(f"{loop.time():.1f} timeout=0 expired")
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future value")
    print(await asyncio.wait_for(fut, timeout=1))
    fut2 = loop.create_future()
    try:
        await asyncio.wait_for(fut2, timeout=0.25)
    except TimeoutError:
        print(f"{loop.time():.2f} future timed out; cancelled={fut2.cancelled()}")


asyncio.run(main())
