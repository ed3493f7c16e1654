# With a mapping, '*' takes the mapping's value for the key (or the mapping itself).
row = {"name": "worker-1", "width": 12, "count": 7}
print("%(name)s has %(count)d jobs" % row)
for template, args in [
    ("%(count)*d", {"count": 7}),
    ("%(name)*s", {"name": "x"}),
    ("%(count)-*.*f", {"count": 3.0}),
    ("%*d", {"count": 1}),
    ("%.*s", ["a", "b"]),
    ("%(a)s %s", {"a": 1}),
    ("%s", {"a": 1}),
    ("%(a)s", [1]),
    ("%(a)s", (1,)),
    ("%s %s", [1, 2]),
]:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError) as e:
        print(f"{template!r}: {type(e).__name__}: {e}")
print("%s" % [1, 2], "%s" % ([1, 2],), "%r" % {"k": "v"})
print("%(x)s %(x)r %(y)5.2f" % {"x": "hi", "y": 2.0})
print("%(x)s" % row)
