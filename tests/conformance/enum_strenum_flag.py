from enum import Enum, Flag, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Color(str, Enum):
    RED = "r"
    BLUE = "b"


print(list(Method), Method.GET == "get", str(Method.POST), f"{Method.DELETE}", Method("del"))
print(Method.GET + "/x", repr(Method.POST), len(Method.POST))
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(Perm(0)), Perm(0))
print(list(Perm), rw & Perm.WRITE, Perm.EXEC.value, Perm(5))
print(Color.RED == "r", Color("b"), repr(Color.BLUE), str(Color.RED))
