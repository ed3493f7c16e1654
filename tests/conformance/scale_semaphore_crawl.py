import asyncio

done_order = []


async def fetch(i, sem, stats):
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(0.01 * (1 + i % 5))
        stats["active"] -= 1
        done_order.append(i)
        return i * 2


async def main():
    sem = asyncio.Semaphore(50)
    stats = {"active": 0, "peak": 0}
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(fetch(i, sem, stats) for i in range(2000)))
    print("results", len(results), sum(results), "peak", stats["peak"])
    print("first done", done_order[:12])
    print("last done", done_order[-6:])
    print(f"elapsed {loop.time():.3f}")


asyncio.run(main())
