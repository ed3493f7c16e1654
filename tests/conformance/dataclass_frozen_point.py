from dataclasses import dataclass, replace, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3.0, 4.0)
print(p, p.norm, p.moved(1, -4))
visited = {p, Point(3.0, 4.0), Point(0, 0)}
print(len(visited), Point(0, 0) in visited, {p: "start"}[Point(3.0, 4.0)])
print(hash(p) == hash(Point(3.0, 4.0)), hash(p) == hash((3.0, 4.0)))
for action in ("set", "del", "new"):
    try:
        if action == "set":
            p.x = 10
        elif action == "del":
            del p.y
        else:
            p.z = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(p)
