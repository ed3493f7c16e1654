# Decoding JSON that arrived as bytes (a socket read, a queue message), with or without .decode().
import asyncio
import json


async def producer(queue):
    for i, item in enumerate([{"id": 1, "name": "caf\u00e9"}, [1, 2.5, None], "done"]):
        await asyncio.sleep(0.1)
        await queue.put(json.dumps(item).encode("utf-8"))


async def consumer(queue):
    for _ in range(3):
        raw = await queue.get()
        print(type(raw).__name__, raw, "->", json.loads(raw), json.loads(raw.decode()) == json.loads(raw))


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
    print(json.loads(bytearray(b'{"ok": true}')), json.loads(b'"\\u00e9"'), json.loads('"caf\u00e9"'.encode()))
    json.loads(b'{"broken": ')


asyncio.run(main())
