import asyncio
import json

class Inventory(dict):
    def __missing__(self, key):
        return 0

class History(list):
    def __repr__(self):
        return f"History({super().__repr__()})"
    def last(self, n=2):
        return self[-n:]

class Name(str):
    def greet(self):
        return f"hi {self}"

class Config(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.loaded = True
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

async def main():
    inv = Inventory(apples=3)
    inv["pears"] += 2
    print(inv, inv["kiwis"], "kiwis" in inv, sorted(inv), json.dumps(inv))
    h = History()
    for i in range(4):
        h.append(i * i)
        await asyncio.sleep(0.1)
    h += [16]
    h[0] = -1
    del h[1]
    print(h, h.last(), len(h), h + [0], list(h), sum(h), h == [-1, 4, 9, 16], str(h))
    n = Name("ada")
    print(n.greet(), n.title(), "x" + n, " ".join([n, "b"]), f"{n:>5}|", n == "ada", {n: 1})
    c = Config(host="localhost", port=8080)
    print(c.host, c.port, c.loaded, c, dict(c), isinstance(c, dict), type(c).__name__)
    print([type(x).__name__ for x in (inv, h, n, c)], issubclass(History, list))
    for k, v in c.items():
        print(k, v)

asyncio.run(main())
