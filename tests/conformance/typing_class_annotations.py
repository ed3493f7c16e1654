# A class body evaluates its annotations; __annotations__ shows the objects.
from typing import ClassVar, List, Optional
class C:
    a: int
    b: "str" = "x"
    c: list[int] = []
    d: Optional[List[int]] = None
    e: ClassVar[int] = 3
    f: int | None = None
print(C.__annotations__)
try:
    class D:
        x: Undefined
except NameError as e:
    print(e)
