import random

random.seed(1)

samples = [random.gauss(100, 15) for _ in range(1000)]
print(f"mean   {sum(samples) / len(samples):.4f}")
print(f"min    {min(samples):.4f}")
print(f"max    {max(samples):.4f}")
first = [round(x, 6) for x in samples[:6]]
print(first)

heights = [random.normalvariate(170, 8) for _ in range(5)]
print([f"{h:.2f}" for h in heights])

random.seed(1)
again = [random.gauss(100, 15) for _ in range(1000)]
print(again == samples)
