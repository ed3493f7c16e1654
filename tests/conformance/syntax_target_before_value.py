# Assignment targets are visited before the value: the walrus in the subscript is reported.
a = {}
a[[(i := 1) for i in range(2)]] = [(j := 1) for j in range(2)]
