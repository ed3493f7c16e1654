# int / int is correctly rounded from the exact quotient, however large the operands.
big = 10**30
print(big / 7, -big / 7, big / -3)
print((2**54 + 1) / 1, (2**54 + 3) / 1, (2**53 + 1) / 2)
print(2**64 / (2**10 + 1), 3**200 / 2**300, 2**1000 / 3**600)
print(1 / 10**400, -1 / 10**400, 10**400 / 10**399)
print(float(2**54 + 1), float(2**54 + 3), float(-(2**70) - 1))
print(big // 7, big % 7, -big // 7, -big % 7)
print(divmod(big, -7), divmod(-big, 7), divmod(3**80, 2**64))
print(2**100 // 2**50 == 2**50, type(2**100 // 2**50), 2**60 // 2**10 == 2**50)
print(10**20 % 1.5, divmod(10**20, 1.5), 10**20 // 2.5)
print(2**1023 * 2 // 2**1023, (2**1024 - 2**971) / 1)
try:
    # Halfway between the largest double and 2**1024: rounds to even, which overflows.
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(big // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(10**400 / 3)
