import asyncio


async def background():
    # Done before the exit: the order in which asyncio.run cancels several leftover tasks
    # depends on memory addresses, so only main is left for it to cancel.
    try:
        await asyncio.sleep(0.05)
    finally:
        print("background finally")


async def quitter():
    await asyncio.sleep(0.1)
    print("quitter exits")
    raise SystemExit(0)


async def main():
    asyncio.create_task(background())
    asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
        print("main not resumed")
    finally:
        print("main finally")


asyncio.run(main())
print("not reached")
