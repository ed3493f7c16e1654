# A bare annotation of a name declared global is refused like an annotated assignment.
def f():
    global x
    x: int
