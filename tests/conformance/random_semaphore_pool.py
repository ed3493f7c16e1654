import asyncio
import random

random.seed(77)


async def crawl(sem, page):
    async with sem:
        delay = random.choice([0.25, 0.5, 0.75, 1.0])
        print(f"{asyncio.get_running_loop().time():.2f} start page {page} ({delay}s)")
        await asyncio.sleep(delay)
        links = random.sample(range(100), random.randint(0, 3))
        return page, sorted(links)


async def main():
    sem = asyncio.Semaphore(3)
    pages = await asyncio.gather(*(crawl(sem, p) for p in range(7)))
    for page, links in pages:
        print(page, links)


asyncio.run(main())
