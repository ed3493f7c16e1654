from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3))[:5])
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:6])
print(list(combinations("abcd", 3)))
print(list(combinations_with_replacement([1, 2, 3], 2)))
print(len(list(combinations(range(10), 4))), list(combinations([], 0)), list(combinations("ab", 3)))
pairs = [(a, b) for a, b in combinations(["alice", "bob", "carol"], 2)]
print(pairs)
