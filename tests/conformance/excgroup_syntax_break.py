import asyncio

# break cannot leave an except* block.


async def main():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except* ValueError:
            print("retry")
            break


asyncio.run(main())
