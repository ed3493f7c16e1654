# A parenthesized annotated name is not a simple annotation: CPython counts it as an assignment.
def f():
    (x): int = 1
    global x
