import random

random.seed(0)


def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("randint(5, 1)", lambda: random.randint(5, 1))
attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(3, 3)", lambda: random.randrange(3, 3))
attempt("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0))
attempt("randrange(2.5)", lambda: random.randrange(2.5))
attempt("randint(1)", lambda: random.randint(1))
attempt("choice([])", lambda: random.choice([]))
attempt("sample(set)", lambda: random.sample({1, 2, 3}, 2))
attempt("sample too many", lambda: random.sample([1, 2], 3))
attempt("choices(k positional)", lambda: random.choices([1, 2], 3))
attempt("choices weights", lambda: random.choices([1, 2], [1]))
attempt("choices zero", lambda: random.choices([1, 2], [0, 0]))
attempt("both weights", lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]))
attempt("seed(list)", lambda: random.seed([1, 2]))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("random(1)", lambda: random.random(1))
attempt("uniform(1)", lambda: random.uniform(1))
attempt("gammavariate", lambda: random.gammavariate(0, 1))
print(random.randrange(10))
random.shuffle([])
print(random.randint(1, 1))
