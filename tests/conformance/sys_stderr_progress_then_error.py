import asyncio
import sys
import time


def eprint(*args, **kwargs):
    print(*args, file=sys.stderr, **kwargs)


async def download(name, size):
    for done in range(0, size + 1, size // 2):
        eprint(f"\r{name}: {done}/{size} bytes", end="")
        await asyncio.sleep(0.1)
    eprint()
    if size > 500:
        raise OSError(f"{name}: disk full after {size} bytes")
    return size


async def main():
    start = time.perf_counter()
    sizes = await asyncio.gather(download("a.bin", 100), download("b.bin", 200), return_exceptions=True)
    print("downloaded", sizes, f"in {time.perf_counter() - start:.2f}s")
    print(f"started {time.strftime('%H:%M:%S', time.gmtime(0))}, now {time.strftime('%H:%M:%S')}")
    await download("huge.iso", 1000)


asyncio.run(main())
