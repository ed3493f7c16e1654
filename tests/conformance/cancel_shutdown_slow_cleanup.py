import asyncio


async def uploader(name, chunks):
    sent = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(0.5)
            sent += 1
        return sent
    finally:
        print(f"{asyncio.get_running_loop().time():.1f} {name}: flushing after {sent} chunks")
        await asyncio.sleep(0.3)
        print(f"{asyncio.get_running_loop().time():.1f} {name}: flushed")


async def main():
    asyncio.create_task(uploader("u1", 10))
    asyncio.create_task(uploader("u2", 2))
    await asyncio.sleep(1.2)
    print(f"{asyncio.get_running_loop().time():.1f} main returns; asyncio.run cancels what is left")


asyncio.run(main())
print("after asyncio.run")
