import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return 1


def plain():
    pass


def report(fut):
    print("report", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    f = loop.create_future()
    f.add_done_callback(report)
    f.add_done_callback(lambda fut: print("lambda sees", fut.result()))
    f.add_done_callback(report)
    print("removed", f.remove_done_callback(report))
    f.set_result(3)
    await asyncio.sleep(0)
    print(f.get_loop() is loop, f.remove_done_callback(report))
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(plain))
    c = compute()
    print(asyncio.iscoroutine(c), asyncio.isfuture(f), asyncio.isfuture(c))
    t = asyncio.ensure_future(c)
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), isinstance(f, asyncio.Task))
    print(await t, t.get_coro() is c)
    fut2 = asyncio.Future()
    loop.call_later(0.2, fut2.set_result, "from timer")
    print(await fut2, loop.time())


asyncio.run(main())
