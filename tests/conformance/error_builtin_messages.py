def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label:<14} {type(e).__name__}: {e}")


data = {"a": 1}
items = [1, 2, 3]


class Box:
    def __init__(self):
        self.size = 3


attempt("key", lambda: data["missing"])
attempt("index", lambda: items[10])
attempt("zero div", lambda: 1 / 0)
attempt("int zero div", lambda: 5 // 0)
attempt("mod zero", lambda: 5 % 0)
attempt("int parse", lambda: int("abc"))
attempt("float parse", lambda: float("x1"))
attempt("str + int", lambda: "a" + 1)
attempt("int + str", lambda: 1 + "a")
attempt("name", lambda: undefined_name)
attempt("attribute", lambda: Box().weight)
attempt("none attr", lambda: None.append)
attempt("call int", lambda: items[0]())
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("list.remove", lambda: items.remove(99))
attempt("list.index", lambda: items.index(99))
attempt("pop empty", lambda: [].pop())
attempt("dict.pop", lambda: {}.pop("k"))
attempt("min empty", lambda: min([]))
attempt("len int", lambda: len(5))
attempt("subscript", lambda: items[0][0])
attempt("dict.update", lambda: data.update(1))
