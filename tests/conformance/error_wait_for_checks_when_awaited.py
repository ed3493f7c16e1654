import asyncio

# wait_for is an async def: a bad argument only fails once it runs. With no timeout it is
# `await fut`, so a non-awaitable gets the await expression's TypeError.


async def job():
    await asyncio.sleep(0.1)
    return "job done"


async def main():
    asyncio.wait_for(42, 1)
    print("calling wait_for checked nothing yet")
    print(await asyncio.wait_for(job(), None))
    print(await asyncio.wait_for(job(), 1))
    await asyncio.wait_for(42, None)


asyncio.run(main())
