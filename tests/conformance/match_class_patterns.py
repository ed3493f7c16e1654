# Class patterns: positional sub-patterns through __match_args__, keyword sub-patterns,
# and builtin types that match their own value.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x=0, y=y):
            return f"a point on the y axis at {y}"
        case Point(x, y):
            return f"a point at ({x}, {y})"
        case Circle(Point(0, 0), r):
            return f"a circle of radius {r} around the origin"
        case Circle(center=c, radius=r) if r > 10:
            return f"a big circle at {c.x},{c.y}"
        case Circle():
            return "some circle"
        case int(n) | float(n):
            return f"the number {n}"
        case str(s):
            return f"the text {s!r}"
        case list() | tuple():
            return f"a {type(shape).__name__} of {len(shape)}"
        case _:
            return "something else"


for s in [Point(0, 0), Point(0, 5), Point(2, 3), Circle(Point(0, 0), 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 1), 7, 2.5, "hi", [1, 2], (1,), None, True]:
    print(describe(s))
