import asyncio

balance = 100


async def withdraw(name, amount, lock):
    global balance
    async with lock:
        print(f"{asyncio.get_running_loop().time():.1f} {name} has the lock (locked={lock.locked()})")
        current = balance
        await asyncio.sleep(0.1)
        if current >= amount:
            balance = current - amount
            print(f"{name} withdrew {amount}, balance {balance}")
        else:
            print(f"{name} refused: balance {current} < {amount}")


async def main():
    lock = asyncio.Lock()
    print("initially locked:", lock.locked())
    await asyncio.gather(*(withdraw(n, a, lock) for n, a in [("ann", 30), ("bob", 50), ("cy", 40), ("di", 10)]))
    print("final balance", balance, "locked:", lock.locked())
    await lock.acquire()
    print("manual acquire, locked:", lock.locked())
    lock.release()
    print("released, locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
