import asyncio


def now():
    return f"{asyncio.get_running_loop().time():.1f}"


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("when:", cm.when(), "expired:", cm.expired())
    try:
        async with cm:
            cm.reschedule(loop.time() + 2)
            print("when after reschedule:", cm.when())
            await asyncio.sleep(5)
    except TimeoutError as e:
        print(now(), "expired:", cm.expired(), "cause:", type(e.__cause__).__name__)
    for bad in ("reschedule", "enter"):
        try:
            if bad == "reschedule":
                cm.reschedule(None)
            else:
                async with cm:
                    pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    # A deadline in the past fires on the next iteration, before any awaited timer.
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print(now(), "inside a past deadline")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print(now(), "past deadline")
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print(now(), "zero delay")

    # Postpone while running, then remove the deadline.
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.8)
        cm.reschedule(None)
        await asyncio.sleep(3)
    print(now(), "survived; expired:", cm.expired())

    # Nested: the inner deadline is earlier, only it converts.
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(2)
            except TimeoutError:
                print(now(), "inner timed out")
            await asyncio.sleep(5)
    except TimeoutError:
        print(now(), "outer timed out")

    # Nested with the same deadline: the inner converts, the outer sees TimeoutError pass.
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(2)
    except TimeoutError:
        print(now(), "tie: inner expired", inner.expired(), "outer expired", outer.expired())

    # An outside cancel during the block stays a CancelledError.
    async def guarded():
        try:
            async with asyncio.timeout(5):
                await asyncio.sleep(10)
        except asyncio.CancelledError:
            print(now(), "guarded got CancelledError")
            raise

    t = asyncio.create_task(guarded())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(now(), "guarded cancelled:", t.cancelled())

    # The timeout fires and the task is also cancelled from outside: CancelledError wins.
    async def doubly():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(10)
        except TimeoutError:
            print("not printed: a second cancel is pending")
        except asyncio.CancelledError:
            print(now(), "doubly got CancelledError")
            raise

    t = asyncio.create_task(doubly())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(now(), "doubly cancelled:", t.cancelled())

    # Swallowing the TimeoutError inside leaves nothing to convert.
    async with asyncio.timeout(1) as cm:
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print(now(), "caught the cancel inside")
    print(now(), "after swallowed cancel, expired:", cm.expired())


asyncio.run(main())
