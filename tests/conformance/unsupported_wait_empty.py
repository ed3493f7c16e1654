import asyncio


async def main():
    pending = []
    print("waiting on", len(pending), "tasks")
    done, pending = await asyncio.wait(pending)
    print("never", done)


asyncio.run(main())
