import asyncio


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name
        Connection.opened += 1
        print(f"open {name} (open={Connection.opened})")

    async def close(self):
        await asyncio.sleep(0.1)
        Connection.opened -= 1
        print(f"{asyncio.get_running_loop().time():.1f} closed {self.name} (open={Connection.opened})")


async def session(name, work):
    conn = Connection(name)
    try:
        await asyncio.sleep(work)
        print(f"{name} finished its work")
    finally:
        await conn.close()


async def main():
    tasks = [asyncio.create_task(session(f"s{i}", i)) for i in range(1, 4)]
    await asyncio.sleep(1.5)
    for t in tasks:
        if not t.done():
            t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("still open:", Connection.opened)


asyncio.run(main())
