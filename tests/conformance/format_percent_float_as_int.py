# '%d' of a float prints every digit of its integer part, as int(x) would.
readings = [1e21, 1.5e22, -2.5e20, 1e300, 123456789.987, -0.5, 9007199254740993.0]
for x in readings:
    print("%d | %i | %u" % (x, x, x))
print("%30d|" % 1e25)
print("%-30d|" % -1e25)
print("%+030d|" % 1e21)
print("% .25d" % 1e21)
print("%(total)d items" % {"total": 1e21})
for bad in (float("inf"), float("nan")):
    try:
        print("%d" % bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%x" % 1e21)
except TypeError as e:
    print("TypeError:", e)
print("%d" % float("-inf"))
