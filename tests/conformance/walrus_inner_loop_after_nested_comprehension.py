# Only the innermost comprehension records the walrus target: the outer one's later loop
# may reuse the name.
r = [1]
print([0 for a in r if [(x := 1) for i in r] for x in r])
