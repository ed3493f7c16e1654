def step(name, fail):
    print(f"  {name}: try")
    try:
        if fail == "value":
            raise ValueError(name)
        if fail == "key":
            raise KeyError(name)
        print(f"  {name}: body ok")
    except ValueError as e:
        print(f"  {name}: except ValueError {e}")
    else:
        print(f"  {name}: else")
    finally:
        print(f"  {name}: finally")
    print(f"  {name}: after")


for fail in [None, "value", "key"]:
    print("case", fail)
    try:
        step(f"s-{fail}", fail)
    except KeyError as e:
        print("outer caught KeyError", e)


def early(n):
    try:
        if n > 0:
            return "returned from try"
        raise RuntimeError("negative")
    except RuntimeError:
        return "returned from except"
    finally:
        print("finally runs before the return value leaves", n)


print(early(1))
print(early(-1))


def loop_with_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("never: loop was broken")


loop_with_finally()
