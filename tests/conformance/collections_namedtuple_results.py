# namedtuple results from gather.
import asyncio
from collections import namedtuple

Result = namedtuple("Result", ["name", "elapsed", "value"])


async def task(name, delay):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delay)
    return Result(name, round(loop.time() - start, 2), delay * 10)


async def main():
    results = await asyncio.gather(task("fast", 0.1), task("slow", 0.3), task("mid", 0.2))
    for r in results:
        print(r)
    fastest = min(results, key=lambda r: r.elapsed)
    print(fastest.name, fastest._asdict())
    name, elapsed, value = results[1]
    print(name, elapsed, value, results[1][2], len(results[1]))
    print(results[0]._replace(value=0), Result._fields, isinstance(results[0], tuple))
    print(sorted(results, key=lambda r: r.value))


asyncio.run(main())
