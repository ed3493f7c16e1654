# Every name in a comprehension's for target is an iteration variable, even one read in a
# subscript target.
a = [0, 0]
print([(i := 5) for a[i] in [0]])
