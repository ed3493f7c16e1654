import asyncio
import time

FORMATS = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%c", "%x %X", "%j %U %W %w", "%I:%M %p", "%y %C %e", "%D %T %R %%", "%G-W%V-%u", "%Z %z"]


async def main():
    for step in [0, 59.9, 3600 * 25 + 1, 86400 * 40]:
        await asyncio.sleep(step)
        now = time.time()
        print(f"--- t={now}")
        for fmt in FORMATS:
            print(f"{fmt!r:22} -> {time.strftime(fmt)!r}")
    print(time.strftime("%d/%m/%Y", time.gmtime(0)), time.strftime("%H:%M", time.localtime(90061)))
    print(time.strftime("%Y-%m-%d", time.gmtime(951782400)), time.strftime("%A", time.gmtime(1e9)))


asyncio.run(main())
