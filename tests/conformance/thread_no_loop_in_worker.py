import asyncio


def in_worker():
    # A worker thread has no running event loop of its own.
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f"worker: {e}"
    return "worker: found a loop"


async def main():
    print("main has a loop:", asyncio.get_running_loop() is not None)
    print(await asyncio.to_thread(in_worker))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
