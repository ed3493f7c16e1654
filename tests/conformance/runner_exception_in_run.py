import asyncio


async def cleanup():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup ran")


async def main():
    asyncio.create_task(cleanup())
    await asyncio.sleep(1)
    raise ConnectionError("server went away")


with asyncio.Runner() as runner:
    try:
        runner.run(main())
    except ConnectionError as e:
        print("caught:", e)
    print("runner still usable:", runner.run(asyncio.sleep(0.5, result="yes")))
