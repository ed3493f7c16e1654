# A pattern may bind each name only once.


def swap(pair):
    match pair:
        case (a, a):
            return "same"
        case (a, b):
            return (b, a)


print(swap((1, 2)))
