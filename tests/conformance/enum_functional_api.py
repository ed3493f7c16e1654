from enum import Enum, IntEnum

Color = Enum("Color", "RED GREEN BLUE")
Status = Enum("Status", ["ACTIVE", "INACTIVE"])
Code = IntEnum("Code", [("OK", 200), ("MISSING", 404)])
Mode = Enum("Mode", {"FAST": "f", "SAFE": "s"})

print(list(Color), Color.BLUE.value, Color(2))
print(Status.INACTIVE, repr(Status.ACTIVE), len(Status))
print(Code.MISSING, Code(200), Code.OK == 200, sorted(Code, reverse=True))
print(Mode("s"), Mode["FAST"].value, [m.name for m in Mode])
print(Color, type(Color.RED).__name__, Color.RED in Color)
