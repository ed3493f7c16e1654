import asyncio

async def send(writer_log):
    writer_log.append(b"café")

async def main():
    log = []
    await send(log)
    print(log)
    print(b"naïve")

asyncio.run(main())
