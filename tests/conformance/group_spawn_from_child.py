import asyncio


async def crawl(tg, url, depth, seen):
    if url in seen:
        return
    seen.append(url)
    await asyncio.sleep(0.1 * depth + 0.1)
    print(f"{asyncio.get_running_loop().time():.1f} crawled {url} (depth {depth})")
    if depth < 2:
        for i in range(2):
            tg.create_task(crawl(tg, f"{url}/{i}", depth + 1, seen))


async def main():
    seen = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "/", 0, seen))
        tg.create_task(crawl(tg, "/about", 1, seen))
    print(f"{asyncio.get_running_loop().time():.1f} crawl finished: {len(seen)} pages")
    print(seen)


asyncio.run(main())
