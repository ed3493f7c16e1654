# A class body that binds a name its method closes over: the method reads the function's
# variable, the class body its own.
def f():
    x = 1
    class C:
        x = 2
        def m(self): return x
    print(C().m())
f()
def f():
    x = 1
    class C:
        print([x for _ in range(1)])
        x = 2
        print([x for _ in range(1)], x)
        def m(self): return x
    print(C().m())
f()
class D:
    n = 3
    print([n * i for i in range(n)] if False else "ok")
    print([i for i in range(n)])
