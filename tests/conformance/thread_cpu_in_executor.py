import asyncio


def count_primes(limit):
    """CPU-bound work: a blocking call that belongs in an executor."""
    primes = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            primes += 1
    return primes


async def heartbeat():
    for i in range(3):
        print(f"heartbeat {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    print("offloading the prime count")
    primes = await loop.run_in_executor(None, count_primes, 2000)
    print(f"{primes} primes below 2000")
    await beat
    print("all done at", loop.time())


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(main())
finally:
    loop.close()
