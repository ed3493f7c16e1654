import asyncio


async def ticker(loop, n):
    for i in range(n):
        print(f"tick {i} at {loop.time()}")
        await asyncio.sleep(1)
    print("stopping the loop")
    loop.stop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.create_task(ticker(loop, 3))
loop.call_later(1.5, print, "a callback at 1.5")
loop.call_soon(print, "first callback")
try:
    loop.run_forever()
finally:
    loop.close()
print("loop closed:", loop.is_closed())
