import asyncio


async def fetch(n):
    try:
        print("fetch runs", n)
        await asyncio.sleep(1)
        return n
    finally:
        print("fetch finally", n)


async def main():
    c = fetch(1)
    print(asyncio.iscoroutine(c), c.__name__)
    # A coroutine made but not wanted is closed, so it never runs.
    c.close()
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = fetch(2)
    try:
        await asyncio.wait([c2])
    except TypeError as e:
        print("TypeError:", e)
    c2.close()
    print(await fetch(3))


asyncio.run(main())
