# Cleanup registered with atexit runs after asyncio.run() has returned, last registered first;
# a callback that fails is reported and the others still run.
import asyncio
import atexit

connections = []


def close_all(reason, *, verbose=False):
    for name in reversed(connections):
        print(f"closing {name} ({reason})" if verbose else f"closing {name}")


def flaky():
    raise RuntimeError("cleanup failed")


@atexit.register
def farewell():
    print("farewell, open:", len(connections))


atexit.register(close_all, "shutdown", verbose=True)
atexit.register(flaky)
atexit.register(print, "never printed")
atexit.unregister(print)


async def connect(name, delay):
    await asyncio.sleep(delay)
    connections.append(name)
    return name


async def main():
    names = await asyncio.gather(*(connect(f"db{i}", 0.1 * (3 - i)) for i in range(3)))
    print("connected", names, "in order", connections)


asyncio.run(main())
print("main module finished")
