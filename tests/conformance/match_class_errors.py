# Positional sub-patterns need __match_args__: without it, CPython raises TypeError when
# the case is tried.


class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Plain:
    def __init__(self, v):
        self.v = v


def check(obj):
    try:
        match obj:
            case Vector(x, y, z):
                return "3d"
    except TypeError as e:
        print("TypeError:", e)
    match obj:
        case Vector(x=1) | Plain(v=1):
            return "one"
        case int(a, b):
            return "never"


print(check(Vector(1, 2)))
print(check(Plain(1)))
print(check(Plain(2)))
print(check(5))
