# UserDict and UserList subclasses: overrides of __setitem__ and __missing__ take effect.
from collections import UserDict, UserList
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<no {key}>"
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update({"D": 4})
print(d, len(d), d["a"], d["zz"], "b" in d, list(d), d.get("c"), d.get("q", 0), sorted(d.items()), d == {"a": 1, "b": 2, "c": 3, "d": 4})
print(d.pop("a"), d, d.setdefault("E", 5), d, type(d).__name__, isinstance(d, UserDict), d.copy(), d.data)
class Stack(UserList):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0:2], type(s[0:2]).__name__, 2 in s, list(reversed(s.data)), s == [1, 2, 3], s.pop(), s)
print(UserDict(), UserList(), UserDict, UserList)
