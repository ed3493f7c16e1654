import asyncio

stock = []


async def consumer(name, cond, want):
    async with cond:
        print(f"{asyncio.get_running_loop().time():.1f} {name} waits for {want} items")
        await cond.wait_for(lambda: len(stock) >= want)
        taken = [stock.pop(0) for _ in range(want)]
        print(f"{asyncio.get_running_loop().time():.1f} {name} took {taken}")


async def producer(cond):
    for i in range(6):
        await asyncio.sleep(0.5)
        async with cond:
            stock.append(f"item{i}")
            print(f"{asyncio.get_running_loop().time():.1f} produced item{i}, notify one")
            cond.notify()
    async with cond:
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer("c1", cond, 2), consumer("c2", cond, 3), producer(cond))
    print("left in stock:", stock)


asyncio.run(main())
