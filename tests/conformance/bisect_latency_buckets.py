import bisect

BOUNDS = [0.1, 0.25, 0.5, 1.0]
LABELS = ["fast", "ok", "slow", "very slow", "timeout"]
latencies = [0.05, 0.3, 0.1, 0.75, 2.0, 0.25, 0.5]
for lat in latencies:
    print(lat, LABELS[bisect.bisect(BOUNDS, lat)], bisect.bisect_left(BOUNDS, lat))
ordered = []
for lat in latencies:
    bisect.insort(ordered, lat)
print(ordered)
records = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(records, 4, key=lambda r: r[1]))
bisect.insort(records, ("x", 5), key=lambda r: r[1])
print(records)
