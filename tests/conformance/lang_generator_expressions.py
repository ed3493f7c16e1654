# Generator expressions are lazy and single-use: any/all stop early, next() steps them.
import asyncio
def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [0, 2, 3]), all(check(x) for x in [5, 0, 7]))
g = (x * 2 for x in range(4))
print(next(g), next(g), list(g), list(g), next(g, "done"))
print(type(g).__name__, sum(x for x in range(4)), ",".join(str(x) for x in range(3)), sorted((x for x in [3, 1, 2]), reverse=True))
print(tuple(x for x in "ab"), set(x % 2 for x in range(5)), dict((k, v) for k, v in [("a", 1)]), max((x for x in [1, 5]), key=lambda v: -v))
print(3 in (x for x in range(5)), list(enumerate(x for x in "xy")), list(zip((x for x in [1, 2]), (y for y in "ab"))))
pairs = ((a, b) for a in range(3) for b in range(a) if b % 2 == 0)
print(list(pairs))
async def sq(i):
    await asyncio.sleep(0.1 * i)
    return i * i
async def main():
    res = await asyncio.gather(*(sq(i) for i in range(4)))
    print(res)
    tasks = [asyncio.create_task(sq(i)) for i in range(3)]
    done = sum(1 for t in tasks if not t.done())
    print(done, await asyncio.gather(*tasks))
    it = iter([1, 2, 3])
    gen = (x + 100 for x in it)
    print(next(it), list(gen))
    n = 1
    lazy = (x * n for x in range(3))
    n = 10
    print(list(lazy))
    try:
        list(1 / x for x in [1, 0])
    except ZeroDivisionError as e:
        print("caught", e)
    try:
        (x for x in 5)
    except TypeError as e:
        print(e)
    print(min((x for x in []), default=None), list(map(lambda v: v + 1, (x for x in [1]))), list(reversed([x for x in range(3)])))
    print(sorted(x for x in {3, 1}), len([x for x in range(3)]), "".join(reversed("abc")))
    total = 0
    for v in (x for x in range(5) if x % 2):
        total += v
    print(total)
asyncio.run(main())
