# A breadth-first crawl: a deque as the FIFO frontier.
import asyncio
from collections import deque

LINKS = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c", "/d"], "/c": [], "/d": ["/a"]}


async def fetch(url):
    await asyncio.sleep(0.1)
    return LINKS[url]


async def crawl(start):
    seen = {start}
    frontier = deque([start])
    while frontier:
        url = frontier.popleft()
        for link in await fetch(url):
            if link not in seen:
                seen.add(link)
                frontier.append(link)
        print(f"{url:3} frontier={list(frontier)}")
    return sorted(seen)


print(asyncio.run(crawl("/")))
