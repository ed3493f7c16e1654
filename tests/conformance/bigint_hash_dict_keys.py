# Equal numbers are one dict key and one set member, however they were written.
counts = {}
for key in [2**53, 2.0**53, 9007199254740992, 2**60, 2.0**60, 10**20, 1e20, 100000000000000000000]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
print({2**53: "int"}[2.0**53], {2.0**64: "float"}[2**64], 2**64 in {2.0**64}, 2**64 + 1 in {2.0**64})
s = {2**70, 2**70 + 1, 2.0**70, 2**70 * 1}
print(len(s), sorted(s))
print(hash(2**61 - 1), hash(2**61), hash(2**70), hash(-(2**70)), hash(2.0**70), hash(10**30))
print(hash(2**64) == hash(2.0**64), hash(-1), hash(-(2**61 - 1)), hash(2**63 - 1))
print(hash((2**70, 1)) == hash((2.0**70, 1)), (2**70, 1) == (2.0**70, 1.0))
memo = {}


def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(200), len(memo))
by_value = {fib(n): n for n in range(80, 85)}
print(by_value[fib(83)], fib(84) in by_value, float(fib(84)) in by_value)
print(sorted(by_value)[:2])
