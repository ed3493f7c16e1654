# A traceback names a user exception by its qualified name; a __str__ that raises is reported, not fatal.
import asyncio


class Outer:
    class Inner(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("bad str")


def make_local():
    class Local(Exception):
        pass
    return Local("local")


async def worker():
    await asyncio.sleep(0.1)
    raise BadStr()


async def main():
    print(repr(Outer.Inner("x")), Outer.Inner.__qualname__, type(make_local()).__qualname__)
    t = asyncio.create_task(worker())
    try:
        await t
    except BadStr as e:
        print("caught", type(e).__name__, repr(e))
    try:
        str(BadStr())
    except RuntimeError as e:
        print("str raised", e)
    await worker()


asyncio.run(main())
