s = "😀a😁b😀"
print(s.strip("😀"), s.strip("😁"), s.lstrip("😁😀"), s.rstrip("b😀"), "😀😁".strip("😁"))
print(list(reversed(s)), "".join(reversed(s)), s.expandtabs(), ("\t😀\tx").expandtabs(4))
print(s.split("😁"), s.rsplit("a", 1), s.partition("😁"), s.rpartition("😀"), s.replace("😀", "", 1))
print(s.title(), s.swapcase(), s.casefold(), "😀 abc".capitalize(), s.isalpha(), "😀".isprintable())
print(s.splitlines(), enumerate(s) is not None, [i for i, c in enumerate(s) if c == "b"], s * 2)
print(s[-1], s[-2:], s[1:-1], s[10:], s[::-2], s[3], len(s[1:]), {c: s.count(c) for c in s})
print(f"{s:*<10}", f"{s:.2}", f"{s!a}", ascii(s), "%.3s" % s, "{:.1}".format(s))
print(sorted(s), max(s), min(s), set(s) == set("😀a😁b"), "😁" in s, s.encode if False else 0)
