import asyncio

# A consumer task dispatches queue messages with mapping patterns.


async def producer(queue):
    messages = [
        {"type": "greet", "name": "Ada"},
        {"type": "add", "args": [2, 3]},
        {"type": "log", "level": "warn", "text": "disk", "host": "db1"},
        {"type": "add", "args": [1]},
        {"kind": "mystery"},
        {"type": "stop"},
    ]
    for m in messages:
        await asyncio.sleep(0.1)
        await queue.put(m)


async def consumer(queue):
    while True:
        msg = await queue.get()
        match msg:
            case {"type": "stop"}:
                print("consumer stopping")
                return
            case {"type": "greet", "name": str(name)}:
                print(f"hello, {name}")
            case {"type": "add", "args": [a, b]}:
                print(f"{a} + {b} = {a + b}")
            case {"type": "log", "level": level, **extra}:
                print(f"[{level}]", extra)
            case {"type": t}:
                print("bad message of type", t)
            case other:
                print("not a message:", other)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
    print("finished at", asyncio.get_running_loop().time())


asyncio.run(main())
