import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print(asyncio.AbstractEventLoop, asyncio.BaseEventLoop)
    print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())

asyncio.run(main())
