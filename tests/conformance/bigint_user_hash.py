# A class hashes by hash((x, y)), as tutorials teach; the tuple hash is a 64-bit int.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = {Point(1, 2), Point(3, 4), Point(1, 2), Point(2**70, 5)}
print(len(pts), Point(3, 4) in pts, Point(2**70, 5) in pts)
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
print(d, hash(Point(1, 2)) == hash((1, 2)), hash((1, 2)), hash((2**70, 5)))
print(hash(("a", 1)) == hash(("a", 1)), hash(1.5), hash(-2.5), hash(1e100), hash(2**64 + 0.0))

class A:
    def __hash__(self):
        return 2**64 + 5

class B:
    def __hash__(self):
        return 2**63 - 1

class C:
    def __hash__(self):
        return -1

print(hash(A()), hash(B()), hash(C()))
