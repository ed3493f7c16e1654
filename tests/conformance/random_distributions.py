import random

random.seed(31)
print([round(random.betavariate(2, 5), 6) for _ in range(4)])
print([round(random.gammavariate(2.5, 1.5), 6) for _ in range(4)])
print([round(random.gammavariate(0.4, 1), 6) for _ in range(4)])
print([round(random.lognormvariate(0, 0.5), 6) for _ in range(4)])
print([round(random.vonmisesvariate(0, 4), 6) for _ in range(4)])
print([round(random.paretovariate(2), 6) for _ in range(4)])
print([round(random.weibullvariate(1, 1.5), 6) for _ in range(4)])
print([round(random.triangular(), 6) for _ in range(4)])
print([random.uniform(-1, 1) for _ in range(3)])
