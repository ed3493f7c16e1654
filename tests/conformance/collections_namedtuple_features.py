from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x, p[1], p == (3, 4), hash(p) == hash((3, 4)))
Job = namedtuple("Job", "id, priority, tags", defaults=[0, ()])
print(Job(1), Job(2, 5), Job._field_defaults)
print(Point._make([5, 6]), type(p), type(p).__name__)


class Vector(namedtuple("Vector", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return f"<{self.x}, {self.y}>"


v = Vector(3, 4)
print(v, repr(v), v.norm(), v + (1,))
x, y = v
print(x, y, max(Point(1, 2), Point(1, 3)))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: namedtuple("T", "a _b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
