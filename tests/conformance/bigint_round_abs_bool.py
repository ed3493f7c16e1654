n = 123456789012345678901234567890
print(round(n), round(n, 2), round(n, -5), round(n, -29), round(n, -30), round(n, -31))
print(round(-n, -10), round(25 * 10**20, -21), round(35 * 10**20, -21), round(-15 * 10**20, -21))
print(abs(-n), abs(-(2**70)) == 2**70, -(-n) == n)
print(bool(2**70), bool(2**70 - 2**70), not 2**100, 2**100 and "yes")
print(int(1e20), int(-1e22), int(1e300) % 10**9, int(2.5e25))
print(round(1e22), round(-2.5e20), round(1.5e300) // 10**290)
print(int("-1" + "0" * 30), int("  +00077777777777777777777777  "), int("0x" + "f" * 20, 0))
print(float(10**20).is_integer(), (2.0**80).as_integer_ratio(), (5e-324).as_integer_ratio()[1].bit_length())
print(max(abs(x) for x in [-(2**65), 2**64, -3]), min(-(2**65), 2**64))
values = [10**i for i in range(15, 25)]
print(sum(values), sum(values) / len(values), sum(values) // len(values))
print(pow(2, 100), pow(-3, 41), pow(2, -3), pow(10**20, 0), 0**0, (-1) ** (2**70 + 1))
