import asyncio


class RateLimiter:
    def __init__(self, per_second):
        self.interval = 1 / per_second
        self.next_slot = 0.0
        self.calls = 0

    async def wait(self):
        loop = asyncio.get_running_loop()
        now = loop.time()
        delay = max(0.0, self.next_slot - now)
        self.next_slot = max(now, self.next_slot) + self.interval
        self.calls += 1
        if delay > 0:
            await asyncio.sleep(delay)
        return loop.time()


class Client:
    def __init__(self, name, limiter):
        self.name = name
        self.limiter = limiter
        self.log = []

    async def get(self, path):
        at = await self.limiter.wait()
        self.log.append(path)
        print(f"{at:.2f} {self.name} GET {path}")
        return len(path)

    def __repr__(self):
        return f"Client({self.name!r}, calls={len(self.log)})"


async def main():
    limiter = RateLimiter(4)
    a, b = Client("a", limiter), Client("b", limiter)
    sizes = await asyncio.gather(*(c.get(f"/item/{i}") for i in range(3) for c in (a, b)))
    print(sizes, limiter.calls)
    print(a, b, [a, b])
    print(str(a) == repr(a), a.log)


asyncio.run(main())
