import asyncio
import math


async def digits_of(n):
    await asyncio.sleep(0.01)
    return len(str(n))


async def main():
    big = math.factorial(40)
    print(math.gcd(2 ** 64, 6 ** 30), math.gcd(big, 10 ** 20), math.gcd(-12, 18), math.gcd())
    print(math.lcm(2 ** 70, 6), math.lcm(big, 7 ** 25) // big)
    print(math.isqrt(10 ** 40), math.isqrt(2 ** 53 + 1), math.isqrt(10 ** 31 - 1))
    r = math.isqrt(big)
    print(r, r * r <= big < (r + 1) ** 2)
    print(await asyncio.gather(digits_of(big), digits_of(r)))
    try:
        math.isqrt(-(10 ** 30))
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
