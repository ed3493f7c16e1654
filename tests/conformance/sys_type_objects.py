# sys.version_info, sys.stdout and inspect's signatures name their CPython classes.
import inspect
import sys


def f(a, b=1):
    pass


for obj in [sys.version_info, sys.stdout, sys.stderr, inspect.signature(f), inspect.signature(f).parameters['a']]:
    t = type(obj)
    print(t, t.__module__, t.__name__, isinstance(obj, t))
print(type(sys.stdout) is type(sys.stderr), sys.version_info >= (3, 11), sys.version_info.major)
