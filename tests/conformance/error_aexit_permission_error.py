import asyncio

class AsyncDB:
    def __init__(self, name):
        self.name = name
        self.connected = False

    async def __aenter__(self):
        print(f"Connecting to {self.name}...")
        await asyncio.sleep(0.2)
        self.connected = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"Closing {self.name} (exc_type={exc_type.__name__ if exc_type else None})")
        await asyncio.sleep(0.1)
        self.connected = False
        return False

    async def query(self, sql):
        await asyncio.sleep(0.05)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return [(1, "alice"), (2, "bob")]

async def main():
    async with AsyncDB("users.db") as db:
        rows = await db.query("SELECT * FROM users")
        for rid, name in rows:
            print(f"{rid:>3} | {name:<8}|")
    print("connected after:", db.connected)
    try:
        async with AsyncDB("prod") as db:
            await db.query("DROP TABLE users")
    except PermissionError as e:
        print("error:", e)

asyncio.run(main())
