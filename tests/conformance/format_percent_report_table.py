import asyncio
import time

JOBS = [("fetch", 0.4, 1532), ("parse", 0.25, 28), ("store", 0.1, 2**64), ("notify", 0.05, -3)]


async def job(name, secs, size, log):
    start = time.perf_counter()
    await asyncio.sleep(secs)
    log.append((name, start, time.perf_counter(), size))


async def main():
    log = []
    await asyncio.gather(*(job(*j, log) for j in JOBS))
    print("%-8s %6s %6s %24s %s" % ("job", "start", "end", "size", "hex"))
    for name, start, end, size in log:
        print("%-8s %6.2f %6.3f %24d %#x" % (name, start, end, size, size))
    total = sum(size for *_, size in log)
    print("%-8s %37d" % ("total", total))
    print("%-8s %37.4e" % ("as float", total))
    print("%-8s %37o" % ("octal", total))
    print("%c%c%c %5.1f%% %s" % (79, 75, 33, 100.0 * 3 / 4, [n for n, *_ in log]))
    print("%(job)s took %(secs).3fs" % {"job": log[0][0], "secs": log[0][2] - log[0][1]})


asyncio.run(main())
