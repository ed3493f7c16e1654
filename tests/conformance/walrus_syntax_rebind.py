# A walrus may not rebind the comprehension's own loop variable.

values = [1, 2, 3]
print([x := x * 2 for x in values])
