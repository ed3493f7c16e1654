import typing
from typing import (
    Any, AsyncGenerator, AsyncIterator, Awaitable, Callable, ClassVar, Coroutine, Dict,
    Final, FrozenSet, Generic, Iterable, Iterator, List, Literal, NamedTuple, NewType,
    NoReturn, Optional, Protocol, Sequence, Set, Tuple, Type, TypeVar, TypedDict, Union,
    cast, final, overload, runtime_checkable,
)
from collections.abc import Awaitable as AbcAwaitable, Iterable as AbcIterable

UserId = NewType("UserId", int)
print(UserId(5), cast(str, 1))
print(List[int], Dict[str, List[int]], Tuple[int, str], Set[str], FrozenSet[int])
print(Callable[[int, str], bool], Coroutine[Any, Any, int], AsyncIterator[str])
print(AsyncGenerator[int, None], Iterable[int], Iterator[str], Sequence[float])
print(Type[int], ClassVar[int], Literal["a", 1], Optional[List[int]])
print(Union[int, str, None], Union[Union[int, str], float], Union[int])
print(AbcAwaitable, AbcIterable[int], list[int], dict[str, tuple[int, str]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


@final
class Leaf:
    pass


print(parse(3), Leaf.__name__, Any, NoReturn)
