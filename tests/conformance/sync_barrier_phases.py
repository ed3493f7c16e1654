import asyncio


async def worker(b, n):
    for phase in range(2):
        await asyncio.sleep((n + 1) * 0.1 * (phase + 1))
        print(f"w{n} done phase {phase} at {asyncio.get_running_loop().time():.1f}")
        idx = await b.wait()
        if idx == 0:
            print("phase", phase, "complete")


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(worker(b, i) for i in range(3)))
    extra = [asyncio.create_task(b.wait()) for _ in range(5)]
    await asyncio.sleep(0.1)
    print(b.n_waiting, [t.done() for t in extra])
    await b.reset()
    r = await asyncio.gather(*extra, return_exceptions=True)
    print([repr(x) for x in r])


asyncio.run(main())
