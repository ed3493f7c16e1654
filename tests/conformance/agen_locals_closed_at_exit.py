# Async generators that main() held in locals are finalized when main() returns:
# the loop schedules their aclose(), and asyncio.run's shutdown runs it.
import asyncio


async def sensor(name):
    try:
        n = 0
        while True:
            await asyncio.sleep(1)
            n += 1
            yield f"{name} reading {n}"
    finally:
        print(f"{name}: closed at {asyncio.get_running_loop().time()}")


async def worker(gen):
    try:
        async for reading in gen:
            print("worker:", reading)
    finally:
        print("worker: cancelled")


async def main():
    asyncio.create_task(worker(sensor("bg")))
    a = sensor("a")
    b = sensor("b")
    print(await anext(a))
    print(await anext(b))
    print(await anext(a))
    print("main done")


asyncio.run(main())
print("after run")
