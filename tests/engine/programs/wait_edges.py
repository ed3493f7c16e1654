import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def work(name, secs):
    await asyncio.sleep(secs)
    print(f"{now()} {name} finished")
    return name


async def chatter():
    for i in range(3):
        print(f"{now()} chatter {i}")
        await asyncio.sleep(0)


async def main():
    for bad in ([], "FIRST_COMPLETED"):
        try:
            if bad == []:
                await asyncio.wait([])
            else:
                t = asyncio.create_task(work("t", 0))
                await asyncio.wait([t], return_when="SOMETIMES")
        except ValueError as e:
            print("ValueError:", e)
    t = asyncio.create_task(work("single", 0))
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    c = work("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    await asyncio.sleep(0.1)

    # The deadline and a task's own timer tie at 1.0: the wait's timer was scheduled first.
    t = asyncio.create_task(work("tie", 1), name="tie")
    done, pending = await asyncio.wait([t], timeout=1)
    print(now(), "tie: done", len(done), "pending", len(pending), "task done:", t.done())
    await t

    # Already-done futures: the wait still takes one trip through the loop.
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(5)
    ch = asyncio.create_task(chatter())
    await asyncio.sleep(0)
    print(now(), "waiting on a done future")
    done, pending = await asyncio.wait([fut, fut])
    print(now(), "done", len(done), "pending", len(pending))
    await ch

    # Cancelling a task blocked in wait() leaves the awaited tasks running.
    ts = [asyncio.create_task(work(n, 2), name=n) for n in ("p", "q")]

    async def waiter():
        try:
            await asyncio.wait(ts)
        except asyncio.CancelledError:
            print(now(), "waiter cancelled")
            raise

    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.sleep(0)
    print(now(), "p done?", ts[0].done(), "w cancelled?", w.cancelled())
    await asyncio.gather(*ts)
    print(now(), "end")


asyncio.run(main())
