# The classic race: `x += await f()` reads x before the await, so concurrent updates are lost.
import asyncio

counter = 0


class Account:
    def __init__(self) -> None:
        self.balance = 100
        self.ledger = {"deposits": 0}


async def amount(v: int) -> int:
    await asyncio.sleep(0.1)
    return v


async def bump_global(v: int) -> None:
    global counter
    counter += await amount(v)


async def deposit(acct: Account, v: int) -> None:
    acct.balance += await amount(v)
    acct.ledger["deposits"] += await amount(1)


def noisy(tag: str, v):
    print("evaluating", tag)
    return v


async def main():
    await asyncio.gather(bump_global(1), bump_global(10), bump_global(100))
    print("counter:", counter)  # only the last writer's update survives
    acct = Account()
    await asyncio.gather(deposit(acct, 5), deposit(acct, 50))
    print("balance:", acct.balance, acct.ledger)
    d = {"k": 1}
    noisy("target", d)[noisy("key", "k")] += noisy("value", 5)
    print(d)
    try:
        noisy("target", d)[noisy("key", "missing")] += noisy("value", 1)
    except KeyError as e:
        print("KeyError before the value:", e)
    try:
        acct.overdraft += noisy("value", 1)
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
