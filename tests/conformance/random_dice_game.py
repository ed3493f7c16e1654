import random

random.seed(6)

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(500)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
for total in range(2, 13):
    print(f"{total:2d} {'#' * (counts[total] // 5)} {counts[total]}")
best = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:3]
print("most common:", best)
coin = "".join(random.choice("HT") for _ in range(40))
print(coin, coin.count("H"))
