import asyncio
import concurrent.futures
import time


def blocking_io():
    # File operations (such as logging) can block the event loop:
    # run them in a thread pool. Here a slow disk is time.sleep.
    time.sleep(0.5)
    return "100 bytes"


def cpu_bound():
    # CPU-bound operations will block the event loop:
    # in general it is preferable to run them in an executor.
    return sum(i * i for i in range(10 ** 4))


async def main():
    loop = asyncio.get_running_loop()

    # 2. Run in a custom thread pool:
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, blocking_io)
        print("custom thread pool", result, loop.time())

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        result = await loop.run_in_executor(pool, cpu_bound)
        print("custom thread pool", result, loop.time())


asyncio.run(main())
