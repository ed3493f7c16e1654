class Shape:
    kind = "shape"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} ({self.kind}) area={self.area():.2f}"


class Rect(Shape):
    kind = "rect"

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def describe(self):
        base = super().describe()
        return base + f" side={self.w}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Shape("blob"), Rect("door", 0.9, 2.1), Square("tile", 3), Circle(1.5)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in shapes])
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), isinstance(shapes[3], Rect))
print(sorted(shapes, key=lambda s: s.area(), reverse=True)[0].name)
big = max(shapes, key=lambda s: s.area())
small = min(shapes, key=lambda s: s.area())
print("largest:", big.name, "smallest:", small.name)
shapes[1].w = 1.0
print(shapes[1].describe(), Square.kind, Shape.kind)
