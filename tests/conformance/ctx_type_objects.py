# contextlib's managers are instances of the classes the module exports.
import contextlib


@contextlib.contextmanager
def managed():
    yield 1


for obj, cls in [(contextlib.ExitStack(), contextlib.ExitStack), (contextlib.AsyncExitStack(), contextlib.AsyncExitStack),
                 (contextlib.suppress(KeyError), contextlib.suppress), (contextlib.nullcontext(), contextlib.nullcontext),
                 (contextlib.closing(None), contextlib.closing)]:
    t = type(obj)
    print(t, t is cls, isinstance(obj, cls), t.__module__, t.__name__)
print(type(managed()), type(managed()).__name__)
with contextlib.suppress(KeyError):
    {}['x']
print(repr(contextlib.suppress), repr(contextlib.ExitStack))
