import asyncio

async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("cleanup")

async def main():
    g = asyncio.gather(forever(), forever())
    asyncio.create_task(forever())
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

asyncio.run(main())
