import asyncio


async def download(url):
    try:
        print(f"downloading {url}")
        await asyncio.sleep(10)
        return "data"
    except asyncio.CancelledError as e:
        print(f"{asyncio.get_running_loop().time():.1f} download cancelled, args={e.args}")
        raise


async def main():
    t = asyncio.create_task(download("/big.iso"), name="dl")
    await asyncio.sleep(1.5)
    print("cancel() returned", t.cancel("user pressed stop"))
    print("cancelling is not instant: done =", t.done(), "cancelled =", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError with args", e.args)
    print("done =", t.done(), "cancelled =", t.cancelled())
    print("second cancel() returns", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError:", repr(str(e)))
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError too")


asyncio.run(main())
