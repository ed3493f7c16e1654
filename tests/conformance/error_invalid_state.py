import asyncio


async def work():
    await asyncio.sleep(1)
    return "finished"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result() on pending task:", type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("exception() on pending task:", e)
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice:", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("fut.result():", fut.result(), "fut.exception():", fut.exception())
    print("cancel a done future:", fut.cancel())
    f2 = loop.create_future()
    f2.set_exception(KeyError("gone"))
    print("f2 exception:", repr(f2.exception()), "done:", f2.done())
    await t
    print("now t.result():", t.result())
    pending = loop.create_future()
    print("about to read a pending future")
    pending.result()


asyncio.run(main())
