# anext() on an async generator nobody else holds: once the await is over the generator
# is freed, and the loop schedules its aclose().
import asyncio

async def numbers(label):
    try:
        n = 0
        while True:
            n += 1
            await asyncio.sleep(0.1)
            yield n
    finally:
        print(f"{label}: closed")

async def main():
    print("first:", await anext(numbers("direct")))
    print("between")
    await asyncio.sleep(0)
    print("with default:", await anext(numbers("default"), None))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
