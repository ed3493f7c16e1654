class Circle:
    def __init__(self, radius):
        self._radius = radius
    @property
    def radius(self):
        """Get value of radius"""
        return self._radius
    @radius.setter
    def radius(self, value):
        if value >= 0:
            self._radius = value
        else:
            raise ValueError("Radius must be positive")
    @property
    def area(self):
        return self.pi() * self.radius**2
    def cylinder_volume(self, height):
        return self.area * height
    @classmethod
    def unit_circle(cls):
        return cls(1)
    @staticmethod
    def pi():
        return 3.1415926535
c = Circle(5)
print(c.radius, c.area, c.cylinder_volume(2), Circle.unit_circle().area)
c.radius = 2
print(c.area)
help_text = Circle.radius.__doc__
print(help_text)
c.area = 100
