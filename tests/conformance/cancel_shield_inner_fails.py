import asyncio


async def risky():
    await asyncio.sleep(1)
    raise RuntimeError("disk full")


async def fine():
    await asyncio.sleep(0.5)
    return "fine"


async def main():
    print(await asyncio.shield(fine()))
    try:
        await asyncio.shield(risky())
    except RuntimeError as e:
        print("shield passes the inner exception through:", e)
    inner = asyncio.create_task(fine())
    inner.cancel()
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("shielding an already-cancelled task still raises CancelledError")
    print("inner cancelled:", inner.cancelled())


asyncio.run(main())
