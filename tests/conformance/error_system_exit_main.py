import asyncio


def on_exit_callback():
    print("callback ran")


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(worker())
    asyncio.get_running_loop().call_later(0.2, on_exit_callback)
    await asyncio.sleep(0.1)
    try:
        raise SystemExit(1)
    finally:
        print("main finally")


asyncio.run(main())
