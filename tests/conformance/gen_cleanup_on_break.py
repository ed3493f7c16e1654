# A generator's finally block runs when the loop that owns it lets go of it.
def resource_lines(name):
    print(f"open {name}")
    try:
        for i in range(5):
            yield f"{name}:{i}"
    finally:
        print(f"close {name}")


for line in resource_lines("a.txt"):
    print(line)
    if line.endswith("1"):
        break
print("after break")


def first_match(pred):
    for line in resource_lines("b.txt"):
        if pred(line):
            return line
    return None


print(first_match(lambda s: s.endswith("2")))

try:
    for line in resource_lines("c.txt"):
        raise KeyError(line)
except KeyError as e:
    print("caught", e)

g = resource_lines("d.txt")
print(next(g))
g.close()
print("closed by hand")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
