import asyncio


async def ticker(n):
    for i in range(n):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)
    print("ticker done")


def stopper(loop):
    print("stopping at", loop.time(), loop.is_running())
    loop.stop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(ticker(3))
loop.call_later(2, stopper, loop)
loop.call_soon_threadsafe(print, "threadsafe")
loop.run_forever()
print("after run_forever", t.done(), loop.time(), loop.get_debug())
loop.call_soon(loop.stop)
loop.run_forever()
print("again", loop.time())
loop.close()
