pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (9, 3)]
for a, b in pairs:
    print(f"{a:>3} {b:>3} | // {a // b:>3} | % {a % b:>3} | divmod {divmod(a, b)} | / {a / b}")
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 10 ** 15, 7 ** 2 % 5)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % 0.3)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7))
print(abs(-3), abs(-2.5), abs(4), int(3.99), int(-3.99), float(3), int("-12"))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 0.1 + 0.2 == 0.3, 2 != 2.0)
x = 5
print(0 <= x < 10, x in range(5), x in [1, 5], x is not None, not x)
print(True + True, True * 10, False == 0, bool(""), bool("0"), bool([]), bool([0]), bool(0.0))
print(max(3, 9, 2), min([4, -1, 8]), sum([0.1] * 10), sum(range(101)), max("apple", "pear"))
n = 17
n += 3
n -= 1
n *= 2
n //= 3
n %= 7
n **= 3
print(n)
f = 1.0
f /= 4
f += 0.5
print(f, 10 / 4, 10 // 4, 9 / 3, type(9 / 3).__name__, type(9 // 3).__name__)
print(1 if x > 3 else 0, "big" if x > 100 else "small" if x > 2 else "tiny")
print(None or "default", 0 and 1, 3 and 4, [] or {} or "last", "a" or "b")
