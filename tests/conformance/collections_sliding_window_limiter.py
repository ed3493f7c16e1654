# A sliding-window rate limiter: a deque of recent request times.
import asyncio
from collections import Counter, deque
from typing import Deque, NamedTuple


class Decision(NamedTuple):
    t: float
    client: str
    allowed: bool


class RateLimiter:
    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.hits: Deque[float] = deque()

    def allow(self, now: float) -> bool:
        while self.hits and now - self.hits[0] >= self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


async def client(name, limiter, gap, n, log):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        log.append(Decision(round(loop.time(), 2), name, limiter.allow(loop.time())))
        await asyncio.sleep(gap)


async def main():
    limiter = RateLimiter(limit=3, window=1.0)
    log = []
    await asyncio.gather(client("a", limiter, 0.2, 6, log), client("b", limiter, 0.35, 4, log))
    for d in log:
        print(d)
    print(Counter(d.allowed for d in log), Counter(d.client for d in log if not d.allowed))
    print(limiter.hits)


asyncio.run(main())
