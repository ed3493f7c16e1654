import asyncio


async def work():
    return 42


loop = asyncio.new_event_loop()
print(loop.run_until_complete(work()))
loop.close()
loop.close()  # closing twice is fine
coro = work()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
