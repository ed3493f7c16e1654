# Two nonlocal errors in one function: the name that appeared first is reported.
def f():
    nonlocal a
    nonlocal b
def g():
    global c
    nonlocal c
