import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def slow(name, secs):
    try:
        print(f"{now()} {name} start")
        await asyncio.sleep(secs)
        print(f"{now()} {name} end")
        return name
    except asyncio.CancelledError:
        print(f"{now()} {name} cancelled")
        raise


async def stubborn(secs):
    try:
        await asyncio.sleep(secs)
    except asyncio.CancelledError:
        print(f"{now()} stubborn ignores the cancel")
        await asyncio.sleep(0.5)
        return "stubborn result"


async def failing():
    await asyncio.sleep(0.2)
    raise KeyError("k")


async def main():
    # timeout <= 0: a coroutine becomes a task that is cancelled before it starts.
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except asyncio.TimeoutError as e:
        print(now(), "zero timeout:", type(e).__name__, type(e.__cause__).__name__)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(now(), "done future with timeout 0:", await asyncio.wait_for(fut, 0))
    t = asyncio.create_task(slow("negative", 1))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -1)
    except asyncio.TimeoutError:
        print(now(), "negative timeout; task cancelled:", t.cancelled())

    # A task that swallows the cancellation: wait_for returns its result late.
    print(now(), "got", await asyncio.wait_for(stubborn(5), timeout=1))

    # The inner exception passes through.
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except KeyError as e:
        print(now(), "KeyError", e)

    # An existing task is cancelled on timeout too.
    t = asyncio.create_task(slow("task", 3), name="worker")
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print(now(), "timed out; worker cancelled:", t.cancelled())

    # Cancelling the waiting task cancels the inner one first.
    async def outer():
        try:
            return await asyncio.wait_for(slow("inner", 5), timeout=10)
        except asyncio.CancelledError:
            print(now(), "outer sees CancelledError")
            raise

    o = asyncio.create_task(outer())
    await asyncio.sleep(1)
    o.cancel("stop")
    try:
        await o
    except asyncio.CancelledError as e:
        print(now(), "outer cancelled:", o.cancelled(), e.args)


asyncio.run(main())
