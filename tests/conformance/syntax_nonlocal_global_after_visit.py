# 'nonlocal and global' is judged after the whole file is visited: the class body's walrus,
# found while visiting, is reported first.
def f():
    global x
    nonlocal x
class C:
    [(z := 1) for i in range(3)]
