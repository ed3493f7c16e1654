# A program's subclass of list, dict or str has the builtin type itself among its bases.
class Stack(list):
    def peek(self):
        return self[-1]


class Registry(dict):
    pass


class Tag(str):
    pass


class Pile(Stack):
    pass


print(issubclass(Stack, list), issubclass(Stack, dict), issubclass(Registry, dict), issubclass(Tag, str))
print(issubclass(Pile, list), issubclass(Pile, Stack), issubclass(Stack, Pile), issubclass(Pile, (int, list)))
print(issubclass(Registry, list), issubclass(Tag, object), issubclass(Stack, str))
print(Stack.__bases__, Pile.__bases__, Registry.__bases__, Tag.__bases__)
print(Stack.__bases__[0] is list, Registry.__bases__[0] is dict, Tag.__bases__[0] is str)
print(Pile.__mro__)
print(list in Pile.__mro__, dict in Pile.__mro__, Pile.mro()[2] is list)
print([c.__name__ for c in Pile.__mro__])
s = Pile([1, 2, 3])
print(isinstance(s, list), isinstance(s, Stack), type(s) is Pile, type(s).__mro__[2] is list, s.peek())
print(isinstance(Registry(a=1), dict), isinstance(Tag('x'), str), isinstance(Tag('x'), list))
