import asyncio


async def job(secs):
    await asyncio.sleep(secs)
    return secs


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(s)) for s in (0.5, 1.5, 2.5, 3.5)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(f"{loop.time():.2f} done {sorted(t.result() for t in done)}, pending {len(pending)}")
    print("wait does not cancel:", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, timeout=0.25, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.2f} done {sorted(t.result() for t in done)}, pending {len(pending)}")
    done, pending = await asyncio.wait(pending, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    print(f"{loop.time():.2f} done {sorted(t.result() for t in done)}, pending {len(pending)}")
    last = pending.pop()
    last.cancel()
    done, pending = await asyncio.wait([last], timeout=0)
    print(f"{loop.time():.2f} after cancel+wait(timeout=0): done {len(done)} pending {len(pending)}")
    done, _ = await asyncio.wait([last])
    print(f"{loop.time():.2f}", [t.cancelled() for t in done])


asyncio.run(main())
