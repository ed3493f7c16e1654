import asyncio


async def stubborn(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "swallows", repr(e))
    return f"{name} kept going"


async def quick():
    return "q"


async def main():
    # The outer gather was cancelled, but the last child to finish did not end cancelled.
    g = asyncio.gather(quick(), stubborn("a"), return_exceptions=True)
    await asyncio.sleep(0.1)
    print(g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("outer cancelled", repr(e))
    g2 = asyncio.gather(stubborn("b"))
    await asyncio.sleep(0.1)
    g2.cancel("msg")
    try:
        print(await g2)
    except asyncio.CancelledError as e:
        print("outer2 cancelled", repr(e))
    # Cancelled before it ever ran, with a message, and swallowed.
    t = asyncio.create_task(stubborn("c"))
    g3 = asyncio.gather(t)
    g3.cancel("early")
    try:
        print(await g3)
    except asyncio.CancelledError as e:
        print("outer3 cancelled", repr(e), t.cancelled())


asyncio.run(main())
