import random


def simulate(seed):
    rng = random.Random(seed)
    position = 0
    path = []
    for _ in range(10):
        position += rng.choice([-1, 1])
        path.append(position)
    return path


print(simulate(1))
print(simulate(1) == simulate(1))
print(simulate(2))

random.seed(10)
first = [random.randrange(0, 100, 5) for _ in range(8)]
random.seed(10)
second = [random.randrange(0, 100, 5) for _ in range(8)]
print(first, first == second)
print([random.randrange(100, 0, -7) for _ in range(5)])
print(random.sample(range(10000), 12))
