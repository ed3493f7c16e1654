import asyncio


async def inner():
    return "inner"


async def main():
    loop = asyncio.get_running_loop()
    print("is_running inside:", loop.is_running())
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print("is_running after:", loop.is_running())
loop.close()
