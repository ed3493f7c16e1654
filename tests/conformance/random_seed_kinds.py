import random

for seed in [0, 1, 12345, -12345, 2**31, 2**32 + 1, 2**50, "hello", "", "asyncio ✓", 2.5, -0.75, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000), random.getrandbits(20))

random.seed("hello", version=1)
print("version 1:", random.random())
