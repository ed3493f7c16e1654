# asend() and athrow(): talking back to an async generator.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("accumulator: bad value,", e)
                continue
            await asyncio.sleep(0.1)
            total += value
    finally:
        print("accumulator: finished with", total)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(7))
    print(await acc.athrow(ValueError("negative")))
    print(await acc.asend(1))
    print(await acc.aclose())
    try:
        await acc.asend(2)
    except StopAsyncIteration:
        print("closed")
    fresh = accumulator()
    try:
        await fresh.asend(3)
    except TypeError as e:
        print("TypeError:", e)
    print(f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
