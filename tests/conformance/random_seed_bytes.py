# Seeding random from bytes, e.g. a digest or an id received over the wire.
import hashlib
import random

for seed in [b"player-1", bytearray(b"player-1"), hashlib.sha256(b"level-3").digest()]:
    random.seed(seed)
    print(type(seed).__name__, random.randint(1, 100), round(random.random(), 6), random.choice("abcdef"))

rng = random.Random(b"replay")
print([rng.randint(0, 9) for _ in range(8)])
random.seed(b"legacy", version=1)
print(random.random())
