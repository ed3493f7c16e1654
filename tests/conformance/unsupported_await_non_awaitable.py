import asyncio


def compute(x):
    return x * 2


async def main():
    print("calling a plain function with await")
    value = await compute(21)
    print("never", value)


asyncio.run(main())
