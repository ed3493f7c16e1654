import asyncio


async def job(n):
    me = asyncio.current_task()
    print(f"job {n} running as {me.get_name()}")
    await asyncio.sleep(n / 10)
    return n * n


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2), name="second")
    c = asyncio.create_task(job(3))
    print([t.get_name() for t in (a, b, c)])
    c.set_name("renamed-third")
    results = [await a, await b, await c]
    print("results", results)
    d = asyncio.create_task(job(4))
    print("next auto name:", d.get_name())
    await d
    print("d result", d.result())


asyncio.run(main())
