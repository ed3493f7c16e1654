# Ranges over big ints behave like any other range: lazy, indexable, reversible.
ids = range(10**20, 10**20 + 9, 4)
print(ids)
print(list(reversed(ids)), sum(ids), max(ids), min(ids))
print(sorted(ids, reverse=True))
print(list(enumerate(ids)), list(zip(ids, "abc")), [x % 7 for x in ids])
print(ids == range(10**20, 10**20 + 9, 4), ids != range(3))
print(ids.index(10**20 + 4), ids.count(10**20 + 8), ids.count(5), 10**20 + 4.0 in ids)
print(next(iter(ids)), len(ids), bool(ids), bool(range(10**20, 10**20)))
print(repr(range(-(2**64))), list(range(0, 2**70, 2**68)))
print(range(2**70)[::2**69], range(2**70)[-3:])
for ticket in range(2**64 - 2, 2**64 + 1):
    print(f"ticket {ticket:,} -> shard {ticket % 16:x}")
print(ids.index(5))
