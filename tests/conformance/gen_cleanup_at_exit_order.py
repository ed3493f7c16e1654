# At exit, paused generators the program still holds (in globals, lists, dicts, objects,
# other generators) are closed in the order they were made.
def gen(name):
    try:
        while True:
            yield name
    finally:
        print("close", name)


def outer():
    inner = gen("inner of outer")
    try:
        while True:
            yield next(inner)
    finally:
        print("close outer")


class Holder:
    def __init__(self):
        self.a = gen("attr a")
        next(self.a)


o = outer()
print(next(o))
gens = [gen("l0"), gen("l1"), gen("l2")]
for g in reversed(gens):
    next(g)
table = {"y": gen("dy"), "x": gen("dx")}
for g in table.values():
    next(g)
h = Holder()
pair = (gen("t0"), gen("t1"))
print(next(pair[1]), next(pair[0]))
print("end")
