import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    # Schedule three calls *concurrently*, as the asyncio docs do, with bigger numbers.
    results = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 21),
        factorial("C", 25),
    )
    print(results)
    print("digits:", [len(str(r)) for r in results])
    print("C // B =", results[2] // results[1])
    print("ratio as float:", results[2] / results[1])


asyncio.run(main())
