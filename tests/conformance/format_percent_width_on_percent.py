# A literal percent sign is only '%%'; flags, widths or a key in between make '%' a
# conversion character, which CPython rejects.
print("%d%% done" % 50)
print("%.0f%%" % 99.5, "%s%%%s" % ("a", "b"), "100%%" % ())
for template, args in [
    ("%5%", (1,)),
    ("%-5%|", 1),
    ("%%|%5%|", ("x",)),
    ("%(a)%", {"a": 1}),
    ("%#%", ()),
    ("%.3%", (2,)),
]:
    try:
        print(repr(template % args))
    except (ValueError, TypeError) as e:
        print(f"{template!r}: {type(e).__name__}: {e}")
progress = {"name": "download", "pct": 42.5}
print("%(name)s: %(pct).1f%%" % progress)
print("%*.*f%%" % (8, 2, 12.345))
print("%0*.1f%%" % (7, 3.25))
print("%5.1f%% %5%" % (12.5,))
