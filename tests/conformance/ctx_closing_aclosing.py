# closing() and aclosing(): call close()/aclose() on the way out.
import asyncio
from contextlib import closing, aclosing


class Connection:
    def __init__(self, host):
        self.host = host
        print("connect", host)

    def close(self):
        print("close", self.host)


with closing(Connection("example.org")) as conn:
    print("talking to", conn.host)


def lines():
    try:
        yield "first"
        yield "second"
    finally:
        print("lines generator closed")


with closing(lines()) as it:
    print(next(it))
print("after closing")


async def stream():
    try:
        for i in range(100):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("stream closed")


async def main():
    async with aclosing(stream()) as s:
        async for i in s:
            print("item", i)
            if i == 2:
                break
        print("still inside")
    print(f"after aclosing at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
