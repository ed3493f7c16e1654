# CPython names an unknown conversion character, showing '?' for non-ASCII and control characters.
for template in ["%y", "%d %q", "%é", "%\x07", "%5.2z", "%(k)w", "%-", "%(k", "%", "abc%"]:
    args = {"k": 1} if "(k" in template else (1, 2)
    try:
        print(repr(template % args))
    except (ValueError, TypeError) as e:
        print(f"{template!r}: {type(e).__name__}: {e}")
print("%s %s" % ("ok", "done"))
print("%c" % 0x1F600, "%c" % "é")
for bad in (2**70, -1, 0x110000, "ab", 1.5):
    try:
        print("%c" % bad)
    except (OverflowError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
print("%.2y" % 1)
