import asyncio


async def compute(x):
    await asyncio.sleep(0.2)
    return x * 3


async def main():
    total = 0
    for i in range(4):
        total += await compute(i)
    print("total inside main:", total)
    return {"total": total, "items": 4}


result = asyncio.run(main())
print("asyncio.run returned", result)
again = asyncio.run(compute(7))
print("second run returned", again)
