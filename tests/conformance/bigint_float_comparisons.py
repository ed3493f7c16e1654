# Python compares an int with a float exactly: no rounding of the int first.
n = 2**53
print(n == 2.0**53, n + 1 == 2.0**53, n + 1 > 2.0**53, n + 1 >= float(n + 1))
print(2**64 - 1 < 2.0**64, 2**64 - 1 == 2.0**64, float(2**64 - 1) == 2.0**64)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) < -1e308, 10**400 == float("inf"))
print(10**16 + 1 == 1e16, 10**16 == 1e16, 10**22 == 1e22, 10**23 == 1e23)
print(1e300 == int(1e300), int(1e300) == 10**300, int(1e300) - 10**300)
print(2**70 < 2**70 + 0.5, 2**70 > 2**70 - 1.0)
values = [2**70, 1.5, -(2**70), 3, 1e21, 10**21, -1e30, 2**69 + 0.0]
print(sorted(values))
print(max(values), min(values), max(2**70, 1e30), min(-(2**70), -1e30))
print(sorted([10**20, 1e20, 10**20 - 1, 99999999999999999999.0]))
print(sum([2**60, 2**60, -(2**61)]), sum([0.5, 2**60]), sum(range(10**6)) * 10**12)
print(sorted([3, 2**64, 2, 2**63], reverse=True))
print(1 < 2**60 < 2**61 < 2.0**62 < 2**63)
print((2**53 + 1) * 1.0, 2**53 + 1.0, 2**60 - 1.0)
