import asyncio
import time

JOBS = [("resize", 0.75), ("upload", 1.125), ("thumbnail", 0.3), ("notify", 0.05)]


async def run_job(name, secs, log):
    start = time.perf_counter()
    await asyncio.sleep(secs)
    log.append((name, start, time.perf_counter()))


async def main():
    log = []
    await asyncio.gather(*(run_job(n, s, log) for n, s in JOBS))
    print(f"{'job':<10}{'start':>7}{'end':>8}{'dur':>7}")
    print("-" * 32)
    for name, start, end in log:
        print(f"{name:<10}{start:>7.2f}{end:>8.3f}{end - start:>7.1f}")
    print("=" * 32)
    total = sum(end - start for _, start, end in log)
    print(f"{'sum':<10}{total:>22.4f}")
    print(f"[{'centre':^12}] [{'x':*^7}] [{'pad':-<8}] [{'pad':.>8}] [{7:0>4}]")
    print(f"[{3.14159:8.3f}] [{-2.5:<8.1f}] [{42:^8}] [{1234.5:>12,.1f}]")


asyncio.run(main())
