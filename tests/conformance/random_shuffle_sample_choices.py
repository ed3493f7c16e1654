import random

random.seed(2024)

deck = [f"{rank}{suit}" for suit in "SHDC" for rank in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]]
random.shuffle(deck)
print("top five:", deck[:5])

hand = random.sample(deck, 5)
print("hand:", hand)

colors = ["red", "green", "blue"]
print(random.choices(colors, k=8))
print(random.choices(colors, weights=[10, 1, 1], k=8))
print(random.choices(colors, cum_weights=[1, 5, 6], k=8))
print(random.choice(colors), random.choice("xyz"), random.choice(range(100)))

lottery = sorted(random.sample(range(1, 50), 6))
print("lottery:", lottery)
print(random.sample(["win", "lose"], counts=[1, 9], k=4))
