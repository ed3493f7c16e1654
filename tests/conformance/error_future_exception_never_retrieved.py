import asyncio

# A plain Future (or gather's) that holds an exception nobody read is reported as
# "<class> exception was never retrieved" when CPython frees it: at exit for one main still
# holds, so its exception ends stderr after main's own traceback.


async def fails():
    await asyncio.sleep(0.1)
    raise KeyError("gathered child")


async def main():
    loop = asyncio.get_running_loop()
    read = loop.create_future()
    read.set_exception(TypeError("read back"))
    print("read:", repr(read.exception()))
    kept = asyncio.gather(fails(), asyncio.sleep(1))
    await asyncio.sleep(2)
    print("gather done:", kept.done())
    unread = loop.create_future()
    unread.set_exception(ValueError("never read"))
    raise RuntimeError("main fails holding both futures")


asyncio.run(main())
