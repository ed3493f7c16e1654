# A module-level nonlocal is judged after the visit too.
nonlocal x
class C:
    [(z := 1) for i in range(3)]
