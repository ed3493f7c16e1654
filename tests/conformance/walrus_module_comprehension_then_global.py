# At module level a walrus in a comprehension declares the name global there, so a later
# global statement is no conflict.
[(a := 1) for i in range(2)]
global a
print(a)
