import asyncio


async def main():
    q = asyncio.Queue()
    await q.put("only item")
    print("got", q.get_nowait())
    print("size now", q.qsize(), "empty", q.empty())
    print("about to call get_nowait on an empty queue")
    q.get_nowait()
    print("never printed")


asyncio.run(main())
