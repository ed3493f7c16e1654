import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull; full:", q.full(), "qsize:", q.qsize())
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # Putters block at maxsize and go in FIFO order; a cancelled putter drops out.
    async def putter(name):
        try:
            await q.put(name)
            print(f"{now()} {name} put")
        except asyncio.CancelledError:
            print(f"{now()} {name} put cancelled")
            raise

    q.put_nowait("first")
    ps = [asyncio.create_task(putter(n)) for n in ("p1", "p2", "p3")]
    await asyncio.sleep(0)
    ps[1].cancel()
    await asyncio.sleep(1)
    for _ in range(3):
        print(f"{now()} got {q.get_nowait()}")
        await asyncio.sleep(0)
    await asyncio.gather(*ps, return_exceptions=True)
    print(f"{now()} left: {q.qsize()}")

    # A getter woken by put_nowait but cancelled before it runs hands the item on.
    async def getter(name):
        try:
            item = await q.get()
            print(f"{now()} {name} got {item}")
        except asyncio.CancelledError:
            print(f"{now()} {name} get cancelled")
            raise

    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    q.put_nowait("item")
    gs[0].cancel()
    await asyncio.gather(*gs, return_exceptions=True)

    # join() waits for task_done() of every item.
    q2 = asyncio.Queue()

    async def worker():
        while True:
            item = await q2.get()
            await asyncio.sleep(item)
            print(f"{now()} processed {item}")
            q2.task_done()

    for item in (0.5, 1, 0.25):
        q2.put_nowait(item)
    w = asyncio.create_task(worker())
    await q2.join()
    print(f"{now()} joined; unfinished zero, empty={q2.empty()}")
    await q2.join()
    print(f"{now()} second join returns at once")
    w.cancel()

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        lq.put_nowait(x)
        pq.put_nowait((x, f"job{x}"))
    print("lifo:", [lq.get_nowait() for _ in range(8)])
    print("priority:", [pq.get_nowait() for _ in range(8)])
    # Equal priorities come out in heapq's order, not insertion order.
    class Job:
        def __init__(self, prio, name):
            self.prio = prio
            self.name = name

        def __lt__(self, other):
            return self.prio < other.prio

    pq = asyncio.PriorityQueue()
    for prio, name in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (2, "e"), (1, "f"), (3, "g"), (2, "h"), (1, "i")]:
        pq.put_nowait(Job(prio, name))
    print("ties:", " ".join(f"{j.prio}{j.name}" for j in [pq.get_nowait() for _ in range(9)]))
    print("maxsize:", asyncio.Queue().maxsize, asyncio.Queue(3).maxsize)


asyncio.run(main())
