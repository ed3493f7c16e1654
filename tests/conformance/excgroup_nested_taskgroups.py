import asyncio

# A TaskGroup inside a TaskGroup: the inner group's errors arrive nested in the outer one.


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def inner_batch():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner a", 1))
        tg.create_task(fail("inner b", 1))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_batch())
            tg.create_task(fail("outer", 1))
    except* (ValueError, TypeError) as eg:
        print(repr(eg))
        print(len(eg.exceptions))
        flat = []
        stack = [eg]
        while stack:
            e = stack.pop(0)
            if isinstance(e, ExceptionGroup):
                stack.extend(e.exceptions)
            else:
                flat.append(str(e))
        print(sorted(flat))


asyncio.run(main())
