import asyncio


async def fibonacci(n, delay):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    await asyncio.sleep(delay)
    print(f"fib({n}) = {a}")
    return a


async def main():
    tasks = [asyncio.create_task(fibonacci(n, d), name=f"fib-{n}") for n, d in [(300, 0.3), (90, 0.1), (150, 0.2)]]
    done = []
    for t in tasks:
        done.append(await t)
    print("largest:", max(done))
    print("sum of digits of fib(300):", sum(int(c) for c in str(done[0])))
    # Consecutive Fibonacci numbers are coprime, and their ratio tends to the golden ratio.
    a, b = done[2], done[2] + (await fibonacci(149, 0))
    print("ratio:", b / a)
    print("fib(90) fits in 64 bits:", done[1] < 2**63, done[1].bit_length())


asyncio.run(main())
