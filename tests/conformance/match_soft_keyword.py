# `match` and `case` are soft keywords: as names they still work.

match = {"case": 1, "other": 2}
case = "case"
print(match[case])


def match_all(items, match=None):
    return [i for i in items if match is None or i == match]


print(match_all([1, 2, 1], match=1))
match = [case, "x"]
match match:
    case [case, x]:
        print("matched", case, x)
