# Functions carry attributes a program sets on them.
import asyncio
def counted(n):
    counted.calls += 1
    return n * 2
counted.calls = 0
for i in range(3): counted(i)
print(counted.calls, counted.__module__, counted.__dict__, hasattr(counted, "nope"), getattr(counted, "calls"))
async def fetch(): return 1
fetch.retries = 3
print(fetch.retries, fetch.__name__, fetch.__qualname__)
try:
    counted.missing
except AttributeError as e:
    print(e)
try:
    print.x = 1
except AttributeError as e:
    print(e)
