import asyncio

log = []


def on_done(task):
    if task.cancelled():
        outcome = "cancelled"
    elif task.exception() is not None:
        outcome = f"failed: {task.exception()}"
    else:
        outcome = f"returned {task.result()}"
    line = f"{asyncio.get_running_loop().time():.1f} {task.get_name()} {outcome}"
    log.append(line)
    print("callback:", line, "| current_task:", asyncio.current_task())


async def job(secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError("bad input")
    return secs * 100


async def main():
    tasks = [
        asyncio.create_task(job(1), name="ok"),
        asyncio.create_task(job(2, True), name="fails"),
        asyncio.create_task(job(3), name="cancelled"),
    ]
    for t in tasks:
        t.add_done_callback(on_done)
    tasks[0].add_done_callback(lambda t: print("second callback on", t.get_name()))
    await asyncio.sleep(2.5)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("main resumes after gather")
    tasks[0].add_done_callback(lambda t: print("added after done, runs soon"))
    print("before yielding")
    await asyncio.sleep(0)
    print(len(log), "callbacks logged")


asyncio.run(main())
