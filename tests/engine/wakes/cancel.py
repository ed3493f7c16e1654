import asyncio


async def long():
    try:
        await asyncio.sleep(10)
    finally:
        print("long cleaned up")


async def main():
    t = asyncio.create_task(long())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())
