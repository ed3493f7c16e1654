# except* also catches a plain exception: it arrives wrapped in an ExceptionGroup.


def risky(kind):
    if kind == "value":
        raise ValueError("plain value error")
    if kind == "key":
        raise KeyError("k")
    return "fine"


for kind in ["value", "ok"]:
    try:
        print(risky(kind))
    except* ValueError as eg:
        print("caught", repr(eg))
        print("inner", repr(eg.exceptions[0]))

# A plain exception that no except* matches goes on as itself, not wrapped.
try:
    try:
        risky("key")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("outer got", repr(e))
