import asyncio


async def sleeper():
    await asyncio.sleep(5)


async def grouped():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper())


async def main():
    plain = asyncio.create_task(sleeper())
    with_msg = asyncio.create_task(sleeper())
    group = asyncio.create_task(grouped())
    fut = asyncio.get_running_loop().create_future()
    await asyncio.sleep(1)
    plain.cancel()
    with_msg.cancel("stop now")
    group.cancel()
    fut.cancel()
    results = await asyncio.gather(plain, with_msg, group, fut, return_exceptions=True)
    print("gather:", results)
    for label, f in [("plain", plain), ("with_msg", with_msg), ("group", group), ("future", fut)]:
        try:
            f.result()
        except asyncio.CancelledError as e:
            print(f"{label}: {e!r} args={e.args}")


asyncio.run(main())
