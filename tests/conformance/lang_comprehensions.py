words = ["async", "await", "task", "loop", "future", "gather", "queue", "event"]

lengths = {w: len(w) for w in words}
print(lengths)
long_words = [w.upper() for w in words if len(w) > 4]
print(long_words)
initials = {w[0] for w in words}
print(sorted(initials))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat, sum(flat))
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(any(w.startswith("q") for w in words), all(len(w) > 3 for w in words))
print(list(map(lambda w: w[::-1], words[:3])), list(filter(lambda w: "e" in w, words)))
squares = [n ** 2 for n in range(-3, 4)]
print(squares, max(squares), min(squares), squares.count(9), squares.index(4))
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
