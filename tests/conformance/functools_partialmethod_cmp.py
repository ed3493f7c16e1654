import functools

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

def compare_obj(a, b):
    if a < b:
        return -1
    elif a > b:
        return 1
    return 0

get_key = functools.cmp_to_key(compare_obj)
print(sorted([5, 2, 9, 1], key=get_key), sorted(["b", "c", "a"], key=functools.cmp_to_key(lambda x, y: (x > y) - (x < y)), reverse=True))

@functools.lru_cache(maxsize=2)
def expensive(a, b):
    print('called expensive({}, {})'.format(a, b))
    return a * b

def make_call(a, b):
    print('({}, {})'.format(a, b), end=' ')
    pre_hits = expensive.cache_info().hits
    expensive(a, b)
    post_hits = expensive.cache_info().hits
    if post_hits > pre_hits:
        print('cache hit')

make_call(1, 2)
try:
    make_call([1], 2)
except TypeError as err:
    print('ERROR: {}'.format(err))
try:
    make_call(1, {'2': 'two'})
except TypeError as err:
    print('ERROR: {}'.format(err))
make_call(1, 2)
print(expensive.cache_info())
