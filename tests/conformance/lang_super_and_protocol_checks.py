# super(Class, self), Base.method(self), and CPython's checks of __bool__/__len__/__repr__ results.
import asyncio


class Base:
    def __init__(self, x):
        self.x = x

    async def describe(self):
        await asyncio.sleep(0.1)
        return f"Base({self.x})"


class Child(Base):
    def __init__(self, x, y):
        super(Child, self).__init__(x)
        Base.__init__(self, x + 1)
        self.y = y

    async def describe(self):
        inner = await super(Child, self).describe()
        return "Child:" + inner + ":" + await Base.describe(self)


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return "3"


class NegLen:
    def __len__(self):
        return -1


class BadRepr:
    def __repr__(self):
        return 5


async def main():
    c = Child(1, 2)
    print(c.x, c.y, await c.describe())
    for thunk in (lambda: bool(BadBool()), lambda: len(BadLen()), lambda: bool(BadLen()), lambda: repr(BadRepr()),
                  lambda: super(int, c), lambda: super(Child, 5), lambda: super(Base, c, 1)):
        try:
            thunk()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        len(NegLen())
    except ValueError as e:
        print(e)
    if BadBool():
        print("unreachable")


asyncio.run(main())
