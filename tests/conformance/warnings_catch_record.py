# A library warns about deprecated calls; the program records the warnings instead of printing
# them, and checks which the filters let through.
import asyncio
import warnings


def fetch_legacy(url):
    warnings.warn(f"fetch_legacy({url!r}) is deprecated; use fetch()", DeprecationWarning, stacklevel=2)
    return url.upper()


class SlowWarning(UserWarning):
    pass


async def worker(name, delay):
    await asyncio.sleep(delay)
    if delay > 0.15:
        warnings.warn(SlowWarning(f"{name} took {delay}s"))
    return fetch_legacy(name)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        results = await asyncio.gather(*(worker(f"job{i}", i / 10) for i in range(4)))
        for _ in range(3):
            warnings.warn("repeated in a loop")
        warnings.filterwarnings("ignore", message="noisy", category=UserWarning)
        warnings.warn("Noisy: ignored by its message")
        warnings.warn("pending removal", PendingDeprecationWarning)
    print(results)
    print(len(caught))
    for w in caught:
        print(f"{w.category.__name__}: {w.message} (line {w.lineno}, {w.filename})")
    with warnings.catch_warnings(record=True) as again:
        warnings.simplefilter("always")
        for _ in range(2):
            warnings.warn("repeated in a loop")
    print([str(w.message) for w in again], isinstance(again[0].message, UserWarning))
    print(again[0])


asyncio.run(main())
