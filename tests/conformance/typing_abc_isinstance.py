# isinstance against collections.abc and typing aliases, as duck-typed helpers check inputs.
import asyncio
from collections.abc import Iterable, Iterator, Mapping, Sequence, Awaitable, Callable, Hashable, Sized, MutableMapping, Coroutine
from collections import deque, Counter
import typing
async def c(): return 1
async def main():
    co = c()
    t = asyncio.create_task(c())
    print(isinstance(co, Awaitable), isinstance(co, Coroutine), isinstance(t, Awaitable), isinstance(1, Awaitable))
    await co; await t
    print([isinstance(x, Iterable) for x in ([1], 'a', 1, {}, range(3), iter([]), deque())])
    print([isinstance(x, Sequence) for x in ([1], 'a', (1,), {}, range(3), deque())])
    print(isinstance({}, Mapping), isinstance(Counter(), MutableMapping), isinstance([], Hashable), isinstance((1,), Hashable), isinstance(len, Callable), isinstance(iter([1]), Iterator), isinstance([], Iterator), isinstance('', Sized))
    print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance([], typing.Iterable), isinstance(print, typing.Callable))
    try: isinstance([], typing.List[int])
    except TypeError as e: print(e)
    try: isinstance(1, typing.Any)
    except TypeError as e: print(e)
asyncio.run(main())
