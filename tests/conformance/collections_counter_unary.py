# Inventory deltas from concurrent workers; unary + and - split the Counter by sign.
import asyncio
from collections import Counter


async def worker(name: str, moves: dict) -> Counter:
    await asyncio.sleep(0.1 * len(name))
    print(f"{name} reports {moves}")
    return Counter(moves)


async def main():
    deltas = await asyncio.gather(
        worker("north", {"apples": 5, "pears": -2}),
        worker("south", {"apples": -7, "plums": 3}),
        worker("east", {"pears": -1, "figs": 0}),
    )
    net = Counter()
    for d in deltas:
        net.update(d)
    print("net:", net)
    print("surplus:", +net)
    print("shortage:", -net)
    print("empty:", +Counter(), -Counter(x=0.5))
    try:
        ~net
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
