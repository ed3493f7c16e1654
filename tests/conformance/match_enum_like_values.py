import asyncio

# Dotted names are value patterns, compared with ==; a bare name would capture instead.


class State:
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


async def worker(states):
    for s in states:
        await asyncio.sleep(0.2)
        match s:
            case State.IDLE:
                print("waiting for work")
            case State.RUNNING:
                print("busy")
            case State.DONE:
                print("finished")
                break
            case unknown:
                print("strange state", unknown)
    return asyncio.get_running_loop().time()


async def main():
    t = await worker(["idle", "running", "paused", "done", "idle"])
    print(f"stopped at {t:.1f}")


asyncio.run(main())
