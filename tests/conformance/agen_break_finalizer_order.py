# Leaving `async for` early: the generator is closed by a task the loop schedules.
import asyncio


async def numbers(label):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{label}: cleanup")


async def chatter():
    for i in range(5):
        print("chatter", i)
        await asyncio.sleep(0)


async def main():
    task = asyncio.create_task(chatter())
    async for n in numbers("temp"):
        print("got", n)
        if n == 1:
            break
    print("after break")
    for step in range(3):
        await asyncio.sleep(0)
        print("main step", step)
    kept = numbers("kept")
    async for n in kept:
        if n == 0:
            break
    print("kept is still open")
    await kept.aclose()
    await task


asyncio.run(main())
