class Shape:
    registry = []

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(obj)
        return obj

    @classmethod
    def describe(cls):
        return f"class {cls.__name__}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @classmethod
    def describe(cls):
        return super().describe() + " (round)"

    @staticmethod
    def area_of(r):
        return round(3.14159 * r * r, 2)

    @property
    def area(self):
        return self.area_of(self.r)


c = Circle.create(2)
s = Shape.create("blob")
print(Shape.registry, c.area, Circle.area_of(1))
print(Circle.describe(), Shape.describe(), c.describe())
print(Circle.create.__self__, c.create.__func__.__name__)
