import asyncio
import traceback

async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ConnectionError(f"host {n} unreachable")
    return n

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", r)
            for filename, lineno, name, line in traceback.extract_tb(r.__traceback__):
                print(f"  {filename}:{lineno} in {name}: {line}")
            print("".join(traceback.format_exception(r)).splitlines()[-1])
    try:
        await fetch(2)
    except ConnectionError as e:
        frames = traceback.extract_tb(e.__traceback__)
        print(frames[0], frames[-1].name, frames[-1].lineno, len(frames))
        print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_next.tb_next)
        print(traceback.extract_tb(e.__traceback__, limit=1)[0].line)
        print(traceback.format_exc().splitlines()[-1])
    print(ValueError("never raised").__traceback__)

asyncio.run(main())
