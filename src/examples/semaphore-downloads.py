import asyncio


async def download(i, limit):
    async with limit:  # at most 2 downloads hold the semaphore at once
        print(f"download {i} starts")
        await asyncio.sleep(1)
        print(f"download {i} ends")
    return i


async def main():
    limit = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(download(i, limit), name=f"download-{i}") for i in range(5)]
    done = await asyncio.gather(*tasks)
    print("all done:", done)


asyncio.run(main())
