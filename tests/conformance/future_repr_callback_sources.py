# How a pending future names its done callbacks: bound methods, partials (with reprlib-short
# arguments), functools.wraps-decorated functions, builtins and lambdas.
import asyncio
import functools


class Observer:
    def seen(self, fut):
        print("seen", fut.result())


def on_done(name, fut, *, extra=None):
    print("done", name[:3], extra[:2])


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner


@logged
def wrapped_cb(fut):
    print("wrapped", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(Observer().seen)
    f.add_done_callback(functools.partial(on_done, "x" * 40, extra=[1] * 10))
    print(f)
    g = loop.create_future()
    g.add_done_callback(wrapped_cb)
    g.add_done_callback(f.set_result)
    print(g)
    g.add_done_callback(lambda fut: None)
    print(g)
    g.set_result(7)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f)


asyncio.run(main())
