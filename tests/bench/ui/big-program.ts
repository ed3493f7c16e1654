/**
 * The big program of the UI bench: `tasks` workers started at once, each sleeping `sleeps`
 * times for a varied delay, all gathered by main. Each sleep gives a step bar and a sleep bar,
 * so 2,000 × 20 draws about 82,000 bars (40,000 of them sleeps) on 2,001 rows.
 */
export function bigProgram(tasks: number, sleeps: number): string {
  return `import asyncio


async def worker(i):
    for step in range(${sleeps}):
        # Delays from 0.01 s to 0.5 s that differ between workers and between steps.
        await asyncio.sleep(0.01 + ((i * 7 + step * 13) % 50) / 100)


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(${tasks})]
    await asyncio.gather(*tasks)


asyncio.run(main())
`;
}

/**
 * The same run with arrows and flags to draw: each worker ends by awaiting the one created
 * before it (a wake arrow whenever that one is still running), and main blocks the loop once
 * with time.sleep (a blocking-call flag, drawn as a band across every lane).
 */
export function bigProgramWithArrowsAndFlags(tasks: number, sleeps: number): string {
  return `import asyncio
import time


async def worker(i, prev):
    for step in range(${sleeps}):
        await asyncio.sleep(0.01 + ((i * 7 + step * 13) % 50) / 100)
    if prev is not None:
        await prev


async def main():
    time.sleep(0.05)
    tasks = []
    prev = None
    for i in range(${tasks}):
        prev = asyncio.create_task(worker(i, prev))
        tasks.append(prev)
    await asyncio.gather(*tasks)


asyncio.run(main())
`;
}
