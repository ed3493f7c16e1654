from collections import Counter

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(3))
print(Counter("abracadabra"))
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
a.update(["a", "z"])
a.update({"b": 5})
print(a)
a.subtract(c=10)
print(a, a["c"])
tally = Counter()
for ch in "mississippi":
    tally[ch] += 1
print(tally, tally.most_common(2), dict(tally))
print(Counter(), repr(Counter()), Counter(x=0) == Counter())
