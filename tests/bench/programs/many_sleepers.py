# Benchmark: 10,000 tasks, each sleeping 20 times with mixed delays. Exercises the timer
# heap, task steps and future wake-ups; prints a small deterministic summary.
import asyncio

TASKS = 10_000
SLEEPS = 20


async def sleeper(i, wakeups):
    total = 0.0
    for k in range(SLEEPS):
        delay = ((i * 7 + k * 13) % 50) / 1000
        if k % 5 == 4:
            delay = 0
        await asyncio.sleep(delay)
        total += delay
    wakeups[i % 10] += 1
    return total


async def main():
    loop = asyncio.get_running_loop()
    wakeups = [0] * 10
    tasks = [asyncio.create_task(sleeper(i, wakeups)) for i in range(TASKS)]
    totals = await asyncio.gather(*tasks)
    print("tasks", len(totals), "sleeps", TASKS * SLEEPS)
    print("finished per digit", wakeups)
    print(f"sum of delays {sum(totals):.3f}")
    print(f"longest task {max(totals):.3f}, shortest {min(totals):.3f}")
    print(f"clock {loop.time():.3f}")


asyncio.run(main())
