# Laying out a fixed-width binary record and a byte-oriented log, with bytes' str-like methods.
records = [(b"id", b"7"), (b"name", b"ada lovelace"), (b"role", b"ENGINEER"), (b"note", b"caf\xc3\xa9 visit")]

for key, value in records:
    print(key.ljust(6, b".") + b"|" + value.title().rjust(16) + b"|" + value.swapcase().center(18, b"*"))

print(b"42".zfill(6), b"-42".zfill(6), b"a\tb\tc".expandtabs(4), b"abc".capitalize(), b"Title Case".istitle(), b"\xff".isascii())

log = b"INFO start\r\nWARN disk 91%\nERROR lost link\rINFO done\n"
for line in log.splitlines():
    level, _, text = line.partition(b" ")
    print(level.lower().rjust(5), text.removeprefix(b"disk ").removesuffix(b"%"), line.rsplit(None, 1))
print(log.splitlines(keepends=True))

rot13 = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
secret = b"hello world".translate(rot13)
print(secret, secret.translate(rot13), b"h-e-l-l-o".translate(None, b"-"))
print(b"a,b,c,d".rsplit(b",", 2), bytearray(b"mixed Case").title(), bytearray(b"pad").center(9, b"~"))
b"x".ljust(4, "-")
