import asyncio

print("module start")
value = 3
if value > 2:
    return value
asyncio.run(asyncio.sleep(1))
