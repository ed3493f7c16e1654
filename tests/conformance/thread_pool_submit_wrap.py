import asyncio
from concurrent.futures import ThreadPoolExecutor


def word_count(text):
    return len(text.split())


async def main():
    pool = ThreadPoolExecutor(max_workers=2)
    future = pool.submit(word_count, "the quick brown fox jumps over the lazy dog")
    print("submitted; done already?", future.done())
    count = await asyncio.wrap_future(future)
    print("words:", count, "| result():", future.result())
    pool.shutdown(wait=True)
    try:
        pool.submit(word_count, "too late")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
