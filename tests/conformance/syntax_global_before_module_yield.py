# A scope error comes before the compiler's 'yield' outside function, though later in the file.
def f():
    yield
x = 1
yield x
def g():
    print(q)
    global q
