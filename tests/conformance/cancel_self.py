import asyncio


async def job():
    me = asyncio.current_task()
    print("job: cancelling myself")
    me.cancel()
    print("job: still running until the next await")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"job: got CancelledError at {asyncio.get_running_loop().time():.1f}")
        raise


async def main():
    t = asyncio.create_task(job())
    results = await asyncio.gather(t, return_exceptions=True)
    print("gather result type:", type(results[0]).__name__)
    print("cancelled:", t.cancelled())


asyncio.run(main())
