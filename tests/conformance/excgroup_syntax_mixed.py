import asyncio

# except and except* cannot share one try statement.


async def main():
    try:
        await asyncio.sleep(1)
    except* ValueError:
        print("group")
    except TypeError:
        print("plain")


asyncio.run(main())
