import asyncio


class Level:
    """An int-like value: __index__ lets it stand wherever Python needs an int."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Level({self.n})"


async def climb(level):
    for step in range(level):
        await asyncio.sleep(0.1)
    return step


async def main():
    lv = Level(3)
    print(bin(lv), hex(Level(255)), oct(Level(8)), list(range(lv)))
    print([10, 20, 30, 40][Level(1)], [10, 20, 30, 40][Level(1):lv], "ab" * lv, [0] * Level(2))
    print(await asyncio.gather(climb(lv), climb(Level(1))))

    class Bad:
        def __index__(self):
            return "x"

    try:
        bin(Bad())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
