import asyncio


class Database:
    _instances = 0

    def __init__(self, dsn, tables):
        self.dsn = dsn
        self.tables = tables
        Database._instances += 1

    @classmethod
    async def connect(cls, dsn):
        await asyncio.sleep(0.5)
        tables = await cls._load_tables(dsn)
        return cls(dsn, tables)

    @staticmethod
    async def _load_tables(dsn):
        await asyncio.sleep(0.25)
        return sorted(dsn.split("/")[-1].split(","))

    @property
    def summary(self):
        return f"{self.dsn} with {len(self.tables)} tables"

    @classmethod
    def instances(cls):
        return cls._instances


class ReadOnly(Database):
    @property
    def summary(self):
        return "read-only " + super().summary


async def main():
    loop = asyncio.get_running_loop()
    dbs = await asyncio.gather(Database.connect("pg://main/users,orders"), ReadOnly.connect("pg://replica/logs"))
    for db in dbs:
        print(type(db).__name__, db.summary, db.tables)
    print(Database.instances(), f"at {loop.time():.2f}")
    task = asyncio.create_task(ReadOnly.connect("x/a,b,c"))
    print((await task).summary, Database.instances())


asyncio.run(main())
