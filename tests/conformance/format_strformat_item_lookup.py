# `{0[key]}` indexes the argument: digits make an int key, anything else a str key.
word = "asyncio"
print("{0[0]}{0[5]}{0[6]}".format(word))
print("first={0[0]!r} last={0[6]:>3}".format(word))
print("{0[1]} and {0[two]}".format({1: "one", "two": 2}))
print("{0[1][0]}".format([["a", "b"], ["c", "d"]]))
print("{0[0]:.1f}|{0[1]:^5}|{0[2]:,}".format((2.25, "x", 10**9)))
for template, arg in [
    ("{0[9]}", word),
    ("{0[-1]}", word),
    ("{0[x]}", word),
    ("{0[9]}", [1, 2]),
    ("{0[-1]}", [1, 2]),
    ("{0[k]}", {"j": 1}),
    ("{0[0]}", 42),
    ("{0[0]}", None),
]:
    try:
        print(template.format(arg))
    except (IndexError, TypeError, KeyError) as e:
        print(f"{template} of {arg!r}: {type(e).__name__}: {e}")
print("{0.real} {0.imag} {1.real}".format(3, 2.5))
