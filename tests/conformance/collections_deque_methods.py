from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
print(d.count(7), d.index(7), d.remove(7), d)
d.insert(1, "x")
d.reverse()
print(d, d.copy() == d, deque() == deque([]), bool(deque()))
for item in deque(range(3)):
    print("item", item)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
q = deque(range(10), maxlen=4)
print(q, type(q).__name__, isinstance(q, deque))
