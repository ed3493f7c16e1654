# A loop closes only a generator that it alone holds: not one a function hands out
# again, but one that an __aiter__ async generator method makes for it.
import asyncio

def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")

SHARED = numbers()
def get_shared():
    return SHARED

for x in get_shared():
    if x == 1:
        break
print("shared still open:", next(SHARED))

class Stream:
    async def __aiter__(self):
        try:
            for i in range(5):
                await asyncio.sleep(0.1)
                yield i
        finally:
            print("stream closed")

async def main():
    s = Stream()
    async for x in s:
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("end")
