import asyncio

class Registry(dict):
    def register(self, name):
        def deco(fn):
            self[name] = fn
            return fn
        return deco

class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        self.append(x)
    def peek(self):
        return self[-1]

class Tag(str):
    def shout(self):
        return self.upper() + "!"

registry = Registry()

@registry.register("ping")
async def ping():
    await asyncio.sleep(0.1)
    return "pong"

async def main():
    s = Stack([1, 2])
    s.push(3)
    print(s, len(s), s.peek(), s.pushes, isinstance(s, list), type(s).__name__)
    print(registry.keys(), isinstance(registry, dict), len(registry))
    print(await registry["ping"]())
    t = Tag("hello")
    print(t, repr(t), t.shout(), t + " world", isinstance(t, str), len(t))
    print(sorted(Stack([3, 1, 2])), Stack() == [], dict(Registry(a=1)))

asyncio.run(main())
