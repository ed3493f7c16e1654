# asyncio.run closes async generators left unfinished when main() returns.
# (With several left over, CPython's order follows memory addresses.)
import asyncio

sensors = {}


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
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise


async def main():
    asyncio.create_task(worker(sensor("c")))
    sensors["a"] = sensor("a")
    print(await anext(sensors["a"]))
    print(await anext(sensors["a"]))
    print("main done")


asyncio.run(main())
print("after run")
