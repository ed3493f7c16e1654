import asyncio

# Lambdas as sort keys, as filters, and as done-callbacks on tasks.


async def job(name, delay):
    await asyncio.sleep(delay)
    return len(name) * delay


async def main():
    specs = [("backup", 0.3), ("email", 0.1), ("report", 0.2)]
    finished = []
    tasks = []
    for name, delay in specs:
        t = asyncio.create_task(job(name, delay), name=name)
        t.add_done_callback(lambda task, label=name: finished.append((label, task.result())))
        tasks.append(t)
    await asyncio.gather(*tasks)
    print(finished)
    print(sorted(finished, key=lambda pair: pair[1], reverse=True))
    print(list(filter(lambda p: p[1] > 0.5, finished)))
    print(sorted(specs, key=lambda s: (s[1], s[0])))
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.5, lambda: done.set_result("timer fired"))
    print(await done, loop.time())


asyncio.run(main())
