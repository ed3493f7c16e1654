import asyncio
import time


async def grow(name, base, steps):
    value = 1
    for _ in range(steps):
        value *= base
        await asyncio.sleep(0.01)
    return name, value


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(grow("tens", 10, 300), grow("twos", 2, 1100), grow("sevens", 7, 50))
    for name, value in results:
        try:
            as_float = float(value)
        except OverflowError as e:
            as_float = f"OverflowError({e})"
        print(f"{name:>6}: {len(str(value))} digits, float: {as_float}")
    tens = results[0][1]
    print(tens / 10**299, 1 / tens, tens // 3 % 1000)
    print(f"elapsed {time.perf_counter() - start:.2f}s")
    for expr in (lambda: tens * 1.0, lambda: tens + 0.5, lambda: tens / 3, lambda: tens ** 0.5, lambda: 2.0 ** tens):
        try:
            print(expr())
        except OverflowError as e:
            print("OverflowError:", e)
    print(f"{tens:e}")


asyncio.run(main())
