# Matching a command line split into words: sequence patterns with a star.


def run(command):
    match command.split():
        case []:
            return "empty"
        case ["quit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {', '.join(objects) or 'nothing'}"
        case ["pick", "up", obj] | ["take", obj]:
            return f"taking {obj}"
        case [first, *_, last]:
            return f"unknown: {first} ... {last}"
        case [word]:
            return f"unknown word {word!r}"


for line in ["", "quit", "go north", "drop sword shield", "drop", "pick up lamp", "take key", "look around here", "dance"]:
    print(repr(line), "->", run(line))

point = (3, 4)
match point:
    case (0, 0):
        print("origin")
    case (x, 0) | (0, x):
        print("on an axis at", x)
    case (x, y):
        print("point", x, y)
