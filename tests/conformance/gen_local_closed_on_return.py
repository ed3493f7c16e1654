# A generator held only by a local is closed when the function returns
# (or when the local is rebound), because that frees it.
def opened(name):
    print(f"open {name}")
    try:
        while True:
            yield f"{name}: line"
    finally:
        print(f"close {name}")


def peek(name):
    lines = opened(name)
    print(next(lines))
    print(next(lines))
    print(f"peek({name!r}) returns")


def rotate():
    current = opened("first")
    print(next(current))
    current = opened("second")
    print(next(current))
    print("rotate returns")


def hand_out(name):
    lines = opened(name)
    next(lines)
    return lines


peek("a.txt")
rotate()
kept = hand_out("kept.txt")
print(next(kept))
print("program end")
