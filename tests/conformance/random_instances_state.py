import random

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random())
print([a.randint(1, 6) for _ in range(10)])
print([b.randint(1, 6) for _ in range(10)])

state = a.getstate()
print(state[0], len(state[1]), state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])

random.seed(5)
g = random.gauss(0, 1)
saved = random.getstate()
print(saved[2] is not None)
x = random.gauss(0, 1)
random.setstate(saved)
print(random.gauss(0, 1) == x)

c = random.Random()
c.seed(2023)
print(c.choice(["spam", "eggs", "ham"]), c.sample(range(10), 3))
print(isinstance(c, random.Random), type(c).__name__)
