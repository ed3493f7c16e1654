# The pre-asyncio.run style: the program closes its async generators itself.
import asyncio

streams = []


async def stream(name):
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            yield f"{name}-{i}"
    finally:
        print(f"{name} closed")


async def main():
    streams.append(stream("s"))
    print(await anext(streams[0]))
    print(await anext(streams[0]))


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
    print("main finished at", loop.time())
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
print("loop closed")
