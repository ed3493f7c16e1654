import asyncio

MODULUS = 2**61 - 1


async def producer(queue, n):
    for i in range(1, n + 1):
        await queue.put(i**12)
        await asyncio.sleep(0.01)
    await queue.put(None)


async def checksum_worker(queue):
    total = 0
    rolling = 0
    count = 0
    while True:
        block = await queue.get()
        if block is None:
            break
        total += block
        rolling = (rolling * 31 + block) % MODULUS
        count += 1
        if count % 10 == 0:
            print(f"after {count:3} blocks: total={total} rolling={rolling}")
    return total, rolling


async def main():
    queue = asyncio.Queue(maxsize=4)
    worker = asyncio.create_task(checksum_worker(queue))
    await producer(queue, 40)
    total, rolling = await worker
    print("total:", total)
    print("hex:", hex(total))
    print("rolling:", rolling, "hash(total):", hash(total))
    print("same as hash mod 2**61-1:", hash(total) == total % MODULUS)


asyncio.run(main())
