import asyncio
import time


def blocking_io(path):
    # Pretend to read a slow file: time.sleep blocks the worker thread, not the loop.
    time.sleep(1.5)
    return f"contents of {path}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(f"reading config.ini at {start:.1f}")
    data = await asyncio.to_thread(blocking_io, "config.ini")
    print(data)
    print(f"took {loop.time() - start:.1f} s")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("closed:", loop.is_closed())
