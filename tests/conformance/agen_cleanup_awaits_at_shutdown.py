# Cleanup that awaits, in async generators left unfinished when main() returns.
# One is held by a global (closed by shutdown_asyncgens); one by a local of main()
# (finalized when main() returns, then closed while asyncio.run shuts down).
import asyncio

kept = []


async def sensor(name):
    try:
        while True:
            await asyncio.sleep(1)
            yield name
    finally:
        print(f"{name}: closing")
        try:
            await asyncio.sleep(0.5)
            print(f"{name}: flushed")
        except GeneratorExit:
            print(f"{name}: interrupted by GeneratorExit")
            raise


async def main():
    kept.append(sensor("global"))
    local = sensor("local")
    print(await anext(kept[0]))
    print(await anext(local))
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after run")
