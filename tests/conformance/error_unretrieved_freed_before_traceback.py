import asyncio

# A failed task nobody references any more (a helper's local after it returned, a variable
# reassigned) is freed before main's traceback, so the traceback is the last thing on stderr.


async def boom(label):
    await asyncio.sleep(0.1)
    raise ValueError(f"unretrieved {label}")


def start_in_helper():
    task = asyncio.create_task(boom("helper local"))
    print("helper started", task.get_name())


async def main():
    start_in_helper()
    current = asyncio.create_task(boom("reassigned"))
    await asyncio.sleep(0.5)
    print("both failed:", current.done())
    current = None
    raise RuntimeError("main fails after dropping its tasks")


asyncio.run(main())
