# Augmented assignment changes mutable objects in place, so aliases see it.
import asyncio


class Box:
    def __init__(self):
        self.items = []
        self.tags = set()

    def add(self, x):
        alias = self.items
        self.items += [x]
        self.tags |= {x % 2}
        return alias is self.items


class Acc:
    def __init__(self): self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self


async def main():
    a = [1]
    b = a
    b += (2, 3)
    b += "xy"
    print(a, a is b)
    m = [0, 1]
    n = m
    n *= 2
    print(m)
    s = {1}
    t = s
    t |= {2, 3}
    t -= {1}
    t &= {2, 3, 5}
    t ^= {9}
    print(sorted(s))
    d = {"a": 1}
    e = d
    e |= [("b", 2)]
    print(d)
    bx = Box()
    print(bx.add(1), bx.add(2), bx.items, sorted(bx.tags))
    g = {"k": [1]}
    h = g["k"]
    g["k"] += [2]
    print(h)
    tt = (1,)
    u = tt
    u += (2,)
    print(tt, u)
    acc = Acc()
    acc += 5
    acc += 2
    print(acc.n)
    x = [1]
    try:
        x -= [1]
    except TypeError as e:
        print(e)
    y = None
    y += 1


asyncio.run(main())
