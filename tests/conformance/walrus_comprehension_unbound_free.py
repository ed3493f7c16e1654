# A comprehension reads an unbound local of its function as a free variable.
def g():
    try:
        print([y for _ in range(1)])
    except NameError as e:
        print(e)
    y = 1
g()
def f():
    x = 1
    def h():
        print([x := x + i for i in range(3)], x)
    h()
f()
