# A dict comprehension's value is visited before its key: the walrus in the value is reported.
d = {(x := 1): (y := 2) for x in range(3) for y in range(2)}
