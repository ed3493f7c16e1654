# A tutorial-style program: async generator pipelines per symbol in a TaskGroup.
import asyncio
import time
from contextlib import asynccontextmanager, contextmanager

PRICES = {"AAPL": [150, 152, 149, 155], "GOOG": [2800, 2810, 2790], "MSFT": [300, 305]}

@contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label} took {time.perf_counter() - start:.2f}s")

@asynccontextmanager
async def market(name):
    print(f"connecting to {name}")
    await asyncio.sleep(0.1)
    try:
        yield PRICES
    finally:
        print(f"disconnected from {name}")

async def ticker(prices, symbol, interval):
    for i, price in enumerate(prices[symbol]):
        await asyncio.sleep(interval)
        yield i, price

async def moving_average(source, window=2):
    values = []
    async for i, price in source:
        values.append(price)
        if len(values) > window:
            values.pop(0)
        yield i, sum(values) / len(values)

async def watch(prices, symbol, interval, results):
    async for i, avg in moving_average(ticker(prices, symbol, interval)):
        print(f"{symbol} #{i}: {avg:.1f} at {asyncio.get_running_loop().time():.2f}")
        results.setdefault(symbol, []).append(avg)
        if avg > 2800:
            print(f"{symbol} too expensive, stop watching")
            break

async def main():
    results = {}
    with timed("session"):
        async with market("NYSE") as prices:
            async with asyncio.TaskGroup() as tg:
                for sym, iv in [("AAPL", 0.3), ("GOOG", 0.5), ("MSFT", 0.4)]:
                    tg.create_task(watch(prices, sym, iv, results))
    totals = {s: round(sum(v), 1) async for s, v in aiter_items(results)}
    print(totals)

async def aiter_items(d):
    for k in sorted(d):
        await asyncio.sleep(0)
        yield k, d[k]

asyncio.run(main())
