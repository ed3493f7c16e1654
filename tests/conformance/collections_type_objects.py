# collections' types: type() is the class the module exports, and the dict-based ones are dicts.
import collections
import typing

for obj, cls in [(collections.deque([1]), collections.deque), (collections.ChainMap({}), collections.ChainMap),
                 (collections.Counter('ab'), collections.Counter), (collections.OrderedDict(), collections.OrderedDict),
                 (collections.defaultdict(int), collections.defaultdict)]:
    t = type(obj)
    print(t, t is cls, isinstance(obj, cls), t.__module__, t.__name__)
print(issubclass(collections.OrderedDict, dict), issubclass(collections.Counter, dict), issubclass(collections.defaultdict, dict))
print(issubclass(collections.Counter, list), issubclass(collections.deque, list), issubclass(collections.ChainMap, dict))
print(issubclass(collections.OrderedDict, collections.Counter), issubclass(dict, collections.Counter))
Point = collections.namedtuple('Point', 'x y')


class Point3(Point):
    pass


class Pair(typing.NamedTuple):
    a: int
    b: int


print(issubclass(Point, tuple), issubclass(Point3, tuple), issubclass(Point3, Point), issubclass(Pair, tuple))
print(issubclass(Point, list), isinstance(Point(1, 2), tuple), isinstance(Pair(1, 2), Pair))
