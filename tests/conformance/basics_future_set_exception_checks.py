import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.cancel()
    for act in [lambda: f.set_result(1), lambda: f.set_exception(ValueError())]:
        try:
            act()
        except asyncio.InvalidStateError as e:
            print("ISE", e)
    g = loop.create_future()
    for bad in ["str", 5, StopIteration(), StopIteration]:
        try:
            g.set_exception(bad)
        except TypeError as e:
            print("TE", e)
    print(g.done())
    h = loop.create_future()
    h.set_exception(ValueError)
    print(repr(h.exception()), type(h.exception()).__name__)
    print(f.cancel(), f.cancelled())


asyncio.run(main())
