start = 10**20
r = range(start, start + 10, 3)
print(r, len(r), list(r))
print(r[0], r[-1], r[1] - r[0], start + 3 in r, start + 4 in r, float(start) in r)
print(r.start, r.stop, r.step, range(start, start + 1) == range(start, start + 2, 5))
total = 0
for n in range(2**53 - 2, 2**53 + 3):
    total += n
    print(n, n % 7)
print(total, total == 5 * 2**53)
print(2**64 in range(2**65), range(2**64)[-1], range(2**64)[2**63], bool(range(2**64, 2**64)))
print(list(range(2**70, 2**70 - 7, -2)), sum(range(10**15, 10**15 + 4)))
print(range(-(2**70), 0, 2**68)[1:], list(range(-(2**70), 0, 2**68)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(2**62)))
