from collections import defaultdict

d = defaultdict(lambda: "n/a")
d["x"] = 1
print(d["x"], d["y"], sorted(d.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
nested["a"]["c"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"k": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
s = defaultdict(set)
s["a"].add(1)
print(s)
defaultdict(42)
