# A function's defaults are visited before its decorators.
@[x for x in range(2) if (x := 1)]
def f(a=[y for y in range(2) if (y := 1)]):
    pass
