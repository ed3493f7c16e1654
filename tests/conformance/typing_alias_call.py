# Generic aliases are callable: they make their origin type.
import collections, typing, asyncio
d = collections.defaultdict[str, list](list); d['a'].append(1); print(d, list[int]([1, 2]), dict[str, int](a=1), collections.deque[int]([1], maxlen=2), typing.Deque[int]([3]), typing.DefaultDict[str, int](int))
for f in [lambda: typing.List[int](), lambda: typing.Dict[str, int](), lambda: typing.Optional[int]()]:
    try: f()
    except TypeError as e: print(e)
print(callable(list[int]))
