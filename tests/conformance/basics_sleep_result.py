import asyncio


async def fetch(label, delay):
    value = await asyncio.sleep(delay, result=f"{label}-payload")
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} fetched {label}: {value}")
    return value


async def main():
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} start")
    nothing = await asyncio.sleep(0.1)
    print("plain sleep returns", nothing)
    first = await fetch("users", 0.25)
    second = await fetch("orders", 0.5)
    print(f"{loop.time():.2f} both:", [first, second])
    zero = await asyncio.sleep(0, "instant")
    print("sleep(0) result:", repr(zero))


asyncio.run(main())
