import asyncio


async def main():
    # Inside a coroutine, get_event_loop() is the running loop.
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print(asyncio.run(main()))
# asyncio.run set the policy's loop back to None: there is none now.
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
loop.close()
try:
    asyncio.set_event_loop("not a loop")
except TypeError as e:
    print("TypeError:", e)
