# User classes: operators, hashing by value, containers, calls and context managers.
import asyncio


class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): return iter((self.x, self.y))


class Registry:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __call__(self, k): return self.d.get(k, "?")


class Only:
    def __eq__(self, o): return True


async def main():
    a, b = V(1, 2), V(3, 4)
    print(a + b, a * 2, 3 * a, -a, abs(b), a == V(1, 2), a != b)
    print(sorted([b, a]), max(a, b), {a: "A"}[V(1, 2)], {a, V(1, 2), b} == {a, b})
    seen = {}
    for p in [V(0, 1), V(0, 1), V(2, 2)]:
        seen[p] = seen.get(p, 0) + 1
    print(seen, V(0, 1) in seen, bool(V(0, 0)), list(b))
    r = Registry()
    r["a"] = 1
    r["b"] = 2
    del r["a"]
    print(r.d, r("b"), r("a"), callable(r))
    try:
        {Only(): 1}
    except TypeError as e:
        print(e)
    print(Only.__hash__)
    try:
        -r
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)
    r(1, 2)


asyncio.run(main())
