# Grouping results by status with a defaultdict(list).
import asyncio
from collections import defaultdict


async def check(host, delay):
    await asyncio.sleep(delay)
    return host, "up" if delay < 0.3 else "slow"


async def main():
    hosts = {"a.example": 0.1, "b.example": 0.5, "c.example": 0.2, "d.example": 0.4}
    by_status = defaultdict(list)
    for coro in asyncio.as_completed([check(h, d) for h, d in hosts.items()]):
        host, status = await coro
        by_status[status].append(host)
    print(by_status)
    print(dict(by_status), by_status.default_factory)
    print(by_status["down"], len(by_status))
    counts = defaultdict(int)
    for status, group in by_status.items():
        counts[status] += len(group)
    print(counts, counts.get("missing"), "missing" in counts)


asyncio.run(main())
