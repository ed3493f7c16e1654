import asyncio


async def handshake():
    print("handshake started")
    await asyncio.sleep(5)
    return "connected"


async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.1, result="quick"), timeout=1))
    print("now a handshake with a 2 s budget")
    await asyncio.wait_for(handshake(), timeout=2)


asyncio.run(main())
