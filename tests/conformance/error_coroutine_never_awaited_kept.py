import asyncio

class A:
    async def m(self):
        return 1

async def work():
    return 1

async def main():
    c = A().m()
    d = work()
    raise RuntimeError("x")

asyncio.run(main())
