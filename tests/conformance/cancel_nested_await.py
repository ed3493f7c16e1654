import asyncio


async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner: cancelled")
        raise
    finally:
        print("inner: finally")


async def middle():
    try:
        await inner()
    finally:
        print("middle: finally")


async def outer():
    child = asyncio.create_task(middle(), name="child")
    try:
        await child
    except asyncio.CancelledError:
        print("outer: cancelled while awaiting child; child.cancelled() =", child.cancelled())
        raise


async def main():
    t = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(1)
    print("cancelling outer")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer is cancelled =", t.cancelled())
    for task in asyncio.all_tasks():
        print("left:", task.get_name())


asyncio.run(main())
