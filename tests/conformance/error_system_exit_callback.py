import asyncio


def fine():
    print("fine callback")


def stop_everything():
    print("stopping")
    raise SystemExit(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(fine)
    loop.call_later(0.5, stop_everything)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback", f.result()))
    fut.set_result(1)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally", loop.time())


asyncio.run(main())
