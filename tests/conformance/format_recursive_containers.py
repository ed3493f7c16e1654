# Containers that contain themselves print with ... in place of the recursion.
l = [1]
l.append(l)
t = ([],)
t[0].append(t)
d = {"a": l}
d["d"] = d
print(l, t, t[0], d)
raise ValueError(t)
