import asyncio
import time


async def main():
    await asyncio.sleep(3.75)
    t = time.localtime()
    print(t)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
    print(t[0], t[-1], len(t), list(t)[:3], tuple(t) == tuple(time.gmtime()))
    print(t.tm_zone, t.tm_gmtoff)
    print(time.asctime(), "|", time.ctime(), "|", time.ctime(86400 * 31 + 3661))
    print(time.asctime(time.gmtime(1234567890)))
    print(time.mktime(t), time.mktime(time.gmtime(1234567890)))
    year, month, day, *_ = time.gmtime(10 ** 9)
    print(year, month, day)
    print(time.gmtime(86400 * 366) == time.gmtime(86400 * 366), time.gmtime(5) < time.gmtime(6))


asyncio.run(main())
