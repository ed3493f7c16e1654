# A bare annotation makes the name local, so an inner nonlocal finds its binding.
def f():
    x: int
    def g():
        nonlocal x
        x = 2
    g()
    print(x)
f()
