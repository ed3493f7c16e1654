import asyncio
import threading
import time


def blocking_task(tag):
    # Runs in a worker thread of the default executor.
    thread = threading.current_thread()
    time.sleep(0.5)
    return f"{tag} ran in {thread.name} (main thread: {thread is threading.main_thread()})"


async def main():
    print("main runs in", threading.current_thread().name)
    result = await asyncio.to_thread(blocking_task, "job")
    print(result)
    print("back in", threading.current_thread().name, "at", asyncio.get_running_loop().time())


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
