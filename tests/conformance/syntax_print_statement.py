import asyncio


async def main():
    await asyncio.sleep(0.5)
    print "finished"


asyncio.run(main())
