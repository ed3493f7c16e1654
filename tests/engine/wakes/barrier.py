import asyncio


async def party(b, name, secs):
    await asyncio.sleep(secs)
    i = await b.wait()
    print(name, "passed", i)


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(party(b, "a", 1), party(b, "b", 2), party(b, "c", 3))


asyncio.run(main())
