import json
from collections import Counter, OrderedDict

data = {"b": [1, 2.5, 1e-7, 1e22], "a": {"nested": (1, 2)}, 3: "int key", None: True, "café": "☕"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=4, ensure_ascii=False))
print(json.dumps({"z": 1, "a": {"y": [], "b": {}}}, sort_keys=True, indent="\t"))
print(json.dumps([float("inf"), float("nan"), -0.0]))
print(json.dumps("line\nbreak \"quoted\" \\ tab\t"), json.dumps([]), json.dumps({}, indent=2))
print(json.dumps(Counter("hello")), json.dumps(OrderedDict(b=1, a=2)))


class Job:
    def __init__(self, name):
        self.name = name


print(json.dumps({"jobs": [Job("a"), Job("b")]}, default=lambda o: {"job": o.name}))
print(json.dumps({"ids": {3, 1, 2}}, default=sorted))
try:
    json.dumps({"job": Job("x")})
except TypeError as e:
    print("TypeError:", e)
json.dumps({(1, 2): "tuple key"})
