# Benchmark: CPU-heavy pure-Python work inside a few tasks that yield now and then:
# integer arithmetic, list and dict work, string building. Prints deterministic checksums.
import asyncio


async def arithmetic(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * i) % 1000003
        if i % 20000 == 0:
            await asyncio.sleep(0)
    return acc


async def lists_and_dicts(n):
    counts = {}
    items = []
    for i in range(n):
        key = f"k{i % 97}"
        counts[key] = counts.get(key, 0) + i % 7
        items.append(i * 3 % 11)
        if len(items) > 1000:
            items = sorted(items)[500:]
        if i % 20000 == 0:
            await asyncio.sleep(0)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return top, sum(items)


async def strings(n):
    parts = []
    total = 0
    for i in range(n):
        word = str(i * 7)
        parts.append(word[::-1])
        if len(parts) == 50:
            line = "-".join(parts)
            total += len(line) + line.count("7")
            parts = []
        if i % 20000 == 0:
            await asyncio.sleep(0)
    return total


async def main():
    a, b, c = await asyncio.gather(arithmetic(800_000), lists_and_dicts(300_000), strings(400_000))
    print("arithmetic", a)
    print("lists/dicts", b)
    print("strings", c)


asyncio.run(main())
