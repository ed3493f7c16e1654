# Packing and unpacking integers into bytes, as binary-protocol tutorials do by hand.
values = [0, 1, 255, 256, 65535, 2**31 - 1, 2**64 + 5]
for v in values:
    size = max(1, (v.bit_length() + 7) // 8)
    big = v.to_bytes(size, "big")
    little = v.to_bytes(size, byteorder="little")
    print(v, v.bit_length(), size, big, little, int.from_bytes(big, "big"), int.from_bytes(little, "little"))

for v in [-1, -128, 127, -32768, -2**40]:
    b = v.to_bytes(8, "big", signed=True)
    print(v, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))

header = (7).to_bytes(2, "big") + (1024).to_bytes(4, "big")
kind = int.from_bytes(header[:2], "big")
length = int.from_bytes(header[2:6], byteorder="big")
print(header, kind, length)
print(int.from_bytes([1, 0], "little"), int.from_bytes(bytearray(b"\x00\x10"), "big"), int.from_bytes(b"", "big"))
print((1000).to_bytes(2), int.from_bytes(b"\x03\xe8"), (-5).bit_length(), (0).bit_length(), True.bit_length())
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int.from_bytes(b"\xff", "big", signed=True), (128).to_bytes(1, "big", signed=True))
