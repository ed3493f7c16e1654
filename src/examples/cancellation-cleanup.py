import asyncio


async def download(name):
    print(f"{name}: opening connection")
    try:
        await asyncio.sleep(3)
        print(f"{name}: finished")
    finally:
        # Runs even when the task is cancelled: the place to release resources.
        print(f"{name}: closing connection")


async def main():
    task = asyncio.create_task(download("report.pdf"), name="download")
    await asyncio.sleep(1)
    print("main: the user pressed cancel")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: download was cancelled")
    print("cancelled?", task.cancelled())


asyncio.run(main())
