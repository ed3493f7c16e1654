class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        """The temperature in degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        print(f"setting celsius to {value}")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    kelvin = property(lambda self: self._celsius + 273.15, doc="Kelvin, read-only")


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius, t.__dict__)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
for name in ("kelvin",):
    try:
        setattr(t, name, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(t, name)
    except AttributeError as e:
        print(e)
print(Temperature.celsius.__doc__, Temperature.kelvin.__doc__)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
print(Temperature.celsius.fget.__name__, Temperature.kelvin.fset)
