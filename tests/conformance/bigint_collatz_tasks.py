import asyncio


async def collatz(name, n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
        if steps % 100 == 0:
            print(f"{name}: step {steps}, now {n.bit_length()} bits")
            await asyncio.sleep(0.1)
    return name, steps, peak


async def main():
    seeds = {"A": 2**100 - 1, "B": 3**60, "C": 27, "D": 10**25 + 7}
    results = await asyncio.gather(*(collatz(k, v) for k, v in seeds.items()))
    for name, steps, peak in sorted(results, key=lambda r: r[1]):
        print(f"{name}: {steps} steps, peak {peak:,}")
    print("longest:", max(results, key=lambda r: r[1])[0])


asyncio.run(main())
