# Generic and Protocol are real bases: they show in __mro__ and __bases__.
from typing import Generic, TypeVar, Protocol, SupportsInt
T = TypeVar('T')
class Box(Generic[T]): pass
class P(Protocol):
    def f(self): ...
class PT(Protocol[T]): pass
class Impl(P): pass
class S(SupportsInt): pass
print(Box.__mro__, P.__mro__, PT.__mro__, Impl.__mro__, S.__mro__)
print(isinstance(Box(), Generic), Box.__bases__)
