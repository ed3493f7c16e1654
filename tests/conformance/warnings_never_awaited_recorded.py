# Forgetting `await`: the warning CPython gives when the coroutine is dropped can be recorded
# (and silenced) like any other warning.
import asyncio
import warnings


async def save(record):
    await asyncio.sleep(0.1)
    print("saved", record)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        save("first")
        await save("second")
    for w in caught:
        print(w.category.__name__, w.message, w.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        save("third")
    print("done")


asyncio.run(main())
