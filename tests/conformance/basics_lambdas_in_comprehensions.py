import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    prefix = "timer"

    def label(i):
        return f"{prefix}-{i}"

    # Lambdas made in a comprehension close over main's variables (and late-bind `i`).
    handles = [loop.call_later(0.1 * i, lambda: fired.append((prefix, i))) for i in range(3)]
    bound = [loop.call_later(0.05, lambda i=i: fired.append(label(i))) for i in range(2)]
    await asyncio.sleep(0.5)
    print(fired, len(handles) + len(bound))
    table = [[lambda: len(fired) + i + j for j in range(2)] for i in range(2)]
    print([[f() for f in row] for row in table])

    async def job(n):
        await asyncio.sleep(0.01 * n)
        return n

    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    for t in tasks:
        t.add_done_callback(lambda f: fired.append(f.result()))
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print(fired[-3:])


asyncio.run(main())
