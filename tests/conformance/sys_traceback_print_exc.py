import asyncio
import sys
import traceback


def parse(text):
    int(text)


async def worker(text):
    await asyncio.sleep(0.1)
    parse(text)


async def main():
    try:
        await worker("x")
    except ValueError:
        print("format_exc:", traceback.format_exc(), end="")
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc()
    results = await asyncio.gather(worker("1"), worker("y"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("".join(traceback.format_exception(r)), end="")
            print(traceback.format_exception_only(r))
            traceback.print_exception(r, file=sys.stdout)
            print(traceback.format_exception(type(r), r, r.__traceback__))
    print(repr(traceback.format_exc()))


asyncio.run(main())
