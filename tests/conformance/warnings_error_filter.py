# Turning warnings into errors: the deprecated call inside a task raises, the task fails, and
# gather re-raises the warning as an exception.
import asyncio
import warnings


def old_sleep_time(seconds):
    warnings.warn("old_sleep_time() is deprecated", DeprecationWarning, stacklevel=2)
    return seconds


async def step(i):
    await asyncio.sleep(old_sleep_time(0.1 * i))
    print("step", i, "done")


async def main():
    await step(1)
    warnings.simplefilter("error", DeprecationWarning)
    try:
        await step(2)
    except DeprecationWarning as e:
        print("caught:", e)
    await asyncio.gather(step(3), step(4))


asyncio.run(main())
