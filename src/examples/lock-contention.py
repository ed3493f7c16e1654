import asyncio

balance = 100


async def withdraw(name, amount, lock):
    global balance
    async with lock:  # only one task at a time reads and writes the balance
        print(f"{name} checks the balance: {balance}")
        await asyncio.sleep(0.5)  # a slow bank
        if balance >= amount:
            balance -= amount
            print(f"{name} withdrew {amount}, {balance} left")
        else:
            print(f"{name} was refused")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(
        withdraw("alice", 70, lock),
        withdraw("bob", 50, lock),
        withdraw("carol", 20, lock),
    )


asyncio.run(main())
