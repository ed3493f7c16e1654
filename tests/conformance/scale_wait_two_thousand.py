import asyncio


async def probe(i):
    await asyncio.sleep((i * 37 % 100) / 100)
    if i % 400 == 399:
        raise ValueError(f"probe {i} failed")
    return i


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(probe(i)) for i in range(2000)]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(f"{loop.time():.2f} done {len(done)} pending {len(pending)}")
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    failed = sorted(t.exception().args[0] for t in list(done) + list(done2) if t.exception() is not None)
    print(f"{loop.time():.2f} done {len(done2)} pending {len(pending2)} failed {failed}")
    done3, _ = await asyncio.wait(pending2)
    total = sum(t.result() for t in tasks if t.exception() is None)
    print(f"{loop.time():.2f} all done, sum of results {total}")


asyncio.run(main())
