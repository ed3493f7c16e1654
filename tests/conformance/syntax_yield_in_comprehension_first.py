# CPython's symbol table raises 'yield' in a comprehension while visiting, before it checks
# the later global declaration.
def f():
    [(yield x) for x in y]
    print(q)
    global q
