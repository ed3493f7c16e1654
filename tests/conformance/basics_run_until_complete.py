import asyncio


async def work(x):
    await asyncio.sleep(1)
    print("work", x, asyncio.get_running_loop().time())
    return x * 2


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        print("tick", i)


# The pre-asyncio.run way in, still common in older tutorials.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
t = loop.create_task(ticker(4))
print(t.get_name(), loop.run_until_complete(work(1)))
print(t.done())
print(loop.run_until_complete(asyncio.gather(work(2), work(3))))
print(t.done(), loop.time())
fut = loop.create_future()
loop.call_later(0.25, fut.set_result, "from a timer")
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(4))
except RuntimeError as e:
    print("RuntimeError:", e)
