import { describe, expect, it } from 'vitest';
import { run, show } from './helpers.ts';

describe('collections.deque', () => {
  it('drops from the far end at maxlen and prints its maxlen', () => {
    expect(show('from collections import deque\nd = deque([1, 2, 3], maxlen=3)\nd.append(4)', 'd', 'd.maxlen', 'd[0], d[-1]')).toEqual([
      'deque([2, 3, 4], maxlen=3)',
      '3',
      '2 4',
    ]);
  });
  it('rotates both ways and extends left in reverse', () => {
    expect(show('from collections import deque\nd = deque(range(5))', '(d.rotate(2), d)[1]', '(d.rotate(-3), d)[1]', '(d.extendleft("ab"), d)[1]')).toEqual([
      'deque([3, 4, 0, 1, 2])',
      'deque([1, 2, 3, 4, 0])',
      "deque(['b', 'a', 1, 2, 3, 4, 0])",
    ]);
  });
  it('raises CPython errors on empty pops and mutation during iteration', () => {
    expect(run('from collections import deque\ndeque().popleft()').err).toBe('IndexError: pop from an empty deque');
    expect(run('from collections import deque\nd = deque([1, 2])\nfor x in d:\n    d.append(x)').err).toBe('RuntimeError: deque mutated during iteration');
  });
});

describe('Counter, defaultdict, OrderedDict', () => {
  it('Counter is a dict whose repr follows most_common and whose missing keys count 0', () => {
    expect(show('from collections import Counter\nc = Counter("abracadabra")', 'c', 'c["z"], "z" in c', 'isinstance(c, dict), type(c)', 'c.most_common(2)')).toEqual([
      "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})",
      '0 False',
      "True <class 'collections.Counter'>",
      "[('a', 5), ('b', 2)]",
    ]);
  });
  it('Counter arithmetic keeps positive counts', () => {
    expect(show('from collections import Counter\na = Counter(a=3, b=1)\nb = Counter(a=1, b=2)', 'a + b', 'a - b', 'a | b', 'a & b')).toEqual([
      "Counter({'a': 4, 'b': 3})",
      "Counter({'a': 2})",
      "Counter({'a': 3, 'b': 2})",
      "Counter({'a': 1, 'b': 1})",
    ]);
  });
  it('defaultdict calls its factory once per missing key and stores the value', () => {
    expect(show('from collections import defaultdict\nd = defaultdict(list)\nd["a"].append(1)\nd["a"].append(2)\nd["b"]', 'd', 'd.get("c"), len(d)')).toEqual([
      "defaultdict(<class 'list'>, {'a': [1, 2], 'b': []})",
      'None 2',
    ]);
    expect(run('from collections import defaultdict\ndefaultdict(None)["k"]').err).toBe("KeyError: 'k'");
  });
  it('OrderedDict moves keys and pops from either end', () => {
    expect(show('from collections import OrderedDict\no = OrderedDict(a=1, b=2, c=3)\no.move_to_end("a")', 'o', 'o.popitem(last=False)', 'o')).toEqual([
      "OrderedDict([('b', 2), ('c', 3), ('a', 1)])",
      "('b', 2)",
      "OrderedDict([('c', 3), ('a', 1)])",
    ]);
  });
});

describe('namedtuple', () => {
  it('makes tuple classes with named fields, defaults and helpers', () => {
    expect(show('from collections import namedtuple\nP = namedtuple("P", "x y", defaults=[0])\np = P(1)', 'p, p.x, p.y', 'p == (1, 0), isinstance(p, tuple)', 'p._replace(y=5), p._asdict()', 'P._fields, type(p)')).toEqual([
      'P(x=1, y=0) 1 0',
      'True True',
      "P(x=1, y=5) {'x': 1, 'y': 0}",
      "('x', 'y') <class '__main__.P'>",
    ]);
  });
  it('reports argument errors as the generated __new__ does', () => {
    expect(run('from collections import namedtuple\nP = namedtuple("P", "x y")\nP(1)').err).toBe("TypeError: P.__new__() missing 1 required positional argument: 'y'");
    expect(run('from collections import namedtuple\nnamedtuple("P", "x x")').err).toBe("ValueError: Encountered duplicate field name: 'x'");
  });
  it('a class statement over a namedtuple keeps the fields and adds methods', () => {
    expect(show('from collections import namedtuple\nclass V(namedtuple("V", "x y")):\n    def total(self):\n        return self.x + self.y', 'V(2, 3).total(), V(2, 3)')).toEqual(['5 V(x=2, y=3)']);
  });
});

describe('OrderedDict equality', () => {
  it('is order-sensitive between OrderedDicts only', () => {
    expect(show('from collections import OrderedDict\na = OrderedDict(a=1, b=2)\nb = OrderedDict(b=2, a=1)', 'a == b, a == dict(b), dict(a) == b')).toEqual(['False True True']);
  });
});
