import asyncio

def handler(loop, context):
    print("caught:", context["message"], type(context["exception"]).__name__)

class Job:
    def step(self, n):
        raise ValueError(n)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(Job().step, 3)
    loop.call_later(0.1, print, "x", 1)
    def late(a, b="two"):
        raise KeyError(a)
    loop.call_later(0.2, late, 1, [2, 3])
    loop.call_soon(asyncio.get_running_loop().call_soon, None)
    await asyncio.sleep(0.5)
    print("survived")

asyncio.run(main())
