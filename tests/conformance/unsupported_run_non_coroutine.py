import asyncio


async def main():
    print("never runs")
    return 42


print("passing the result of a call that is not a coroutine")
asyncio.run(len("abc"))
