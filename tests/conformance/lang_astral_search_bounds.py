s = "😀a😀b😀"
for sub in ["a", "b", "😀", "", "x", "a😀", "😀b"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 3), s.count(sub, 1, -1), s.find(sub, 2, 4), s.find(sub, 9), s.count(sub, 6), s.count(sub, 5))
    print(s.startswith(sub, 2), s.endswith(sub, 0, 4), s.startswith(sub, -2), s.endswith(sub, -3, -1))
print(s.index("b"), s.rindex("😀", 0, 3), "abc".find("c", -1), "héllo wörld".find("w"))
try:
    s.index("b", 0, 3)
except ValueError as e:
    print(e)
