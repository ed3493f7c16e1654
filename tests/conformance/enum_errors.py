from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, action):
    try:
        action()
    except (AttributeError, TypeError, ValueError, KeyError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


def reassign():
    Color.RED = 3


def set_value():
    Color.RED.value = 3


def delete_member():
    del Color.GREEN


def extend():
    class More(Color):
        BLUE = 3


attempt("missing", lambda: Color.PURPLE)
attempt("lookup", lambda: Color(9))
attempt("by name", lambda: Color["red"])
attempt("reassign", reassign)
attempt("value", set_value)
attempt("delete", delete_member)
attempt("extend", extend)
attempt("order", lambda: Color.RED < Color.GREEN)
attempt("add", lambda: Color.RED + 1)
attempt("in", lambda: "RED" in Color)
print(getattr(Color, "PURPLE", "no purple"), hasattr(Color, "RED"), Color.RED.name)
