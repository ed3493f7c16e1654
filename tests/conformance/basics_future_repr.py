import asyncio


def on_done(fut):
    print("on_done sees", fut)


class Watcher:
    def notify(self, fut):
        print("watcher sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(on_done)
    print(f)
    f.add_done_callback(print)
    f.add_done_callback(Watcher().notify)
    f.add_done_callback(lambda fut: None)
    print(repr(f))
    f.set_result([1, "a"])
    print(f)
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(g, repr(g.exception()))
    h = loop.create_future()
    h.cancel("why")
    print(h)
    w = loop.create_future()

    async def waiter():
        return await w

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(w)
    w.set_result(None)
    await t
    print(asyncio.gather())
    sf = asyncio.gather(asyncio.sleep(0.1, result="slept"))
    print(sf)
    await sf
    print(sf)


asyncio.run(main())
