class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Job:
    name = Typed(str, "unnamed")
    retries = Typed(int, 0)

    def __init__(self, name, retries):
        self.name = name
        self.retries = retries

    @Lazy
    def summary(self):
        print("computing summary")
        return f"{self.name} x{self.retries}"


j = Job("backup", 3)
print(j.name, j.retries, j.summary, j.summary)
try:
    j.retries = "many"
except TypeError as e:
    print(e)
print(Job.name.public, type(Job.retries).__name__, sorted(j.__dict__))
j.__dict__["name"] = "shadow"
print(j.name)
