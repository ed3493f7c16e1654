class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(f"get {name}")
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        delattr(self._target, name)


class Settings:
    def __init__(self):
        self.debug = False
        self.level = 1


s = Settings()
r = Recorder(s)
r.debug = True
r.level += 2
print(r.debug, r.level, s.level)
del r.debug
print(hasattr(s, "debug"), hasattr(r, "missing"))
print(r.log)
try:
    r.nothing
except AttributeError as e:
    print(e)
