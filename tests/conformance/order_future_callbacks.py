import asyncio


def report(tag):
    def cb(fut):
        state = "cancelled" if fut.cancelled() else repr(fut.result())
        print(f"callback {tag}: {state}")
    return cb


async def consumer(fut, name):
    print(f"{name} awaiting future")
    value = await fut
    print(f"{name} got {value!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report("first"))
    readers = [asyncio.create_task(consumer(fut, f"reader{i}")) for i in range(2)]
    fut.add_done_callback(report("second"))
    await asyncio.sleep(0)
    print("done before set:", fut.done())
    loop.call_later(0.5, fut.set_result, {"answer": 42})
    await asyncio.sleep(0.5)
    print("done right after the timer:", fut.done())
    fut.add_done_callback(report("late"))
    await asyncio.sleep(0)
    print("main resumes")
    await asyncio.gather(*readers)
    other = loop.create_future()
    other.add_done_callback(report("other"))
    other.cancel()
    await asyncio.sleep(0)
    print("other cancelled:", other.cancelled())


asyncio.run(main())
