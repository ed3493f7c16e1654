def show(label, n):
    print(f"{label:>10}: {n} ({n.bit_length()} bits)")


x = 2**70 + 12345
show("x", x)
show("x << 30", x << 30)
show("x >> 60", x >> 60)
show("-x >> 3", -x >> 3)
show("x & mask", x & (2**64 - 1))
show("x | 1", x | 1)
show("x ^ 2**69", x ^ 2**69)
show("~x", ~x)
show("-x & 255", -x & 255)
show("-x | 5", -x | 5)
print(1 << 100, (1 << 100) >> 99, 5 >> 100, -5 >> 100, (-(2**80)) >> 200)
print(bin(x), oct(-x), hex(x))
print(int.bit_length(2**100), (2**100 - 1).bit_length(), (-(2**100)).bit_length())
popcount = bin(3**100).count("1")
print("popcount(3**100) =", popcount)
flags = 0
for bit in (3, 64, 65, 127):
    flags |= 1 << bit
print(flags, [b for b in range(130) if flags >> b & 1])
print(True << 70, 2**70 & True, (2**70 | True) - 2**70)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
print(2**64 >> -1)
