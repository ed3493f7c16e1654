import asyncio


async def modern():
    await asyncio.sleep(0.1)
    return "modern"


print(asyncio.run(modern()))


@asyncio.coroutine
def legacy():
    return asyncio.sleep(1, result="legacy")


print(asyncio.run(legacy()))
