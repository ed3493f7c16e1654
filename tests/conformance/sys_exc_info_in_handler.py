import asyncio
import sys


def describe():
    kind, value, _ = sys.exc_info()
    if kind is None:
        return "nothing is being handled"
    return f"handling {kind.__name__}: {value}"


async def flaky():
    await asyncio.sleep(0.1)
    raise TimeoutError("upstream took too long")


async def main():
    print(describe())
    try:
        await flaky()
    except TimeoutError:
        print(describe())
        try:
            int("x")
        except ValueError:
            print(describe())
        print(describe())
        print(sys.exception() is sys.exc_info()[1])
    print(describe())


asyncio.run(main())
