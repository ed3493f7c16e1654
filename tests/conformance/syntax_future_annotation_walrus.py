# With postponed annotations a walrus in an annotation is refused.
from __future__ import annotations
def f(x: (y := 1)): pass
