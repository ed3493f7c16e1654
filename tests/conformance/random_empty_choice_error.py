import asyncio
import random

random.seed(99)


async def pick_server(servers):
    await asyncio.sleep(random.uniform(0.1, 0.2))
    return random.choice(servers)


async def main():
    print("picked", await pick_server(["alpha", "beta", "gamma"]))
    healthy = [s for s in ["alpha", "beta"] if random.random() > 2]
    print("healthy:", healthy)
    print("picked", await pick_server(healthy))


asyncio.run(main())
