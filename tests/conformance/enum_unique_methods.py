from enum import Enum, unique


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)

    def describe(self):
        return f"{self.name.title()} g={self.gravity}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print([p.describe() for p in Planet], Planet.heaviest(), Planet.EARTH.value)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2) is Shape.SQUARE, list(Shape.__members__))
try:
    unique(Shape)
except ValueError as e:
    print("ValueError:", e)
try:
    Shape.CIRCLE = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Shape["TRIANGLE"]
except KeyError as e:
    print("KeyError:", e)
