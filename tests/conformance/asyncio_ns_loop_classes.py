# Type checks and the event loop policy, as libraries and tutorials write them.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    h = loop.call_later(1, print, "never")
    print(isinstance(h, asyncio.TimerHandle), isinstance(h, asyncio.Handle))
    h.cancel()
    async with asyncio.timeout(1) as cm:
        print(isinstance(cm, asyncio.Timeout))

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))

loop = asyncio.get_event_loop_policy().new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, asyncio.get_event_loop_policy().get_event_loop() is loop)
loop.run_until_complete(main())
loop.close()
asyncio.set_event_loop_policy(None)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print("TypeError:", e)
