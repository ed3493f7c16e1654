d = {"b": 2, "a": 1, "c": 3}
print(d, list(d))
del d["b"]
d["b"] = 20
print(d)
d["a"] = 100
print(d, len(d))
merged = dict(d)
merged.update({"z": 0, "a": -1})
print(merged, d == merged, d == dict(d))
keys = list(d.keys())
keys.sort()
print(keys, sorted(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
a = [1, 2, 3]
b = a
c = list(a)
b.append(4)
print(a, c, a is b, a is c, a == c + [4], None is None, [] == [], [] is [])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=lambda k: counts[k]), min(counts.items(), key=lambda kv: kv[1]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 2)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs), sorted(pairs, key=lambda p: p[1], reverse=True))
t = (3, [1, 2])
t[1].append(3)
print(t, len(t), t.count(3), t.index([1, 2, 3]) if [1, 2, 3] in t else -1)
grid = {(x, y): x * y for x in range(3) for y in range(2)}
print(grid[(2, 1)], list(grid)[:3], (1, 1) in grid, sum(grid.values()))
print(type(d).__name__, type(a).__name__, type(t).__name__, type("").__name__, type(None).__name__, type(1.5).__name__, type(True).__name__)
print(isinstance(True, int), isinstance(3, float), isinstance(3.0, (int, float)), isinstance("x", str))
