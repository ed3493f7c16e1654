# Generator pipelines: each stage pulls from the one before, one item at a time.
LOG = """\
2023-01-01 INFO start
2023-01-01 ERROR disk full
2023-01-02 INFO retry
2023-01-02 ERROR disk full
2023-01-03 WARNING slow
2023-01-03 ERROR timeout"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line[:10]}...")
        yield line


def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


def take(n, items):
    for i, item in enumerate(items):
        if i >= n:
            return
        yield item


errors = only("ERROR", parse(read_lines(LOG)))
for rec in take(2, errors):
    print(rec["date"], rec["message"])

print("--- counting")
counts = {}
for rec in parse(read_lines(LOG)):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)


def integers():
    n = 1
    while True:
        yield n
        n += 1


squares = (n * n for n in integers())
evens = (s for s in squares if s % 2 == 0)
print(list(take(5, evens)))
