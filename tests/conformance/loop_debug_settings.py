import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    loop.set_debug(True)
    print("debug:", loop.get_debug())
    print("slow callback duration:", loop.slow_callback_duration)
    loop.slow_callback_duration = 0.25
    print("slow callback duration:", loop.slow_callback_duration)
    loop.set_debug(False)
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main())
