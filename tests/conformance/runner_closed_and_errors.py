import asyncio


async def hello():
    return "hello"


runner = asyncio.Runner()
print(runner.run(hello()))
runner.close()
runner.close()  # a second close does nothing
coro = hello()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    asyncio.Runner().run("not a coroutine")
except ValueError as e:
    print("ValueError:", e)


async def nested():
    c = hello()
    try:
        asyncio.Runner().run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(nested())
