import { describe, expect, it } from 'vitest';
import { run, show } from './helpers.ts';

describe('itertools', () => {
  it('is lazy: islice over count ends, groupby shares one pass', () => {
    expect(show('from itertools import *', 'list(islice(count(5, 5), 3))', '[(k, list(g)) for k, g in groupby("aabc")]', 'list(permutations("abc", 2))[:3]')).toEqual([
      '[5, 10, 15]',
      "[('a', ['a', 'a']), ('b', ['b']), ('c', ['c'])]",
      "[('a', 'b'), ('a', 'c'), ('b', 'a')]",
    ]);
  });
  it('has no 3.12 batched', () => {
    expect(run('import itertools\nitertools.batched').err).toBe("AttributeError: module 'itertools' has no attribute 'batched'");
  });
});

describe('math', () => {
  it('gives CPython floats and errors', () => {
    expect(show('import math', 'math.fsum([0.1] * 10), math.hypot(1, 2, 3)', 'math.log(1000, 10)', 'math.isclose(0.1 + 0.2, 0.3)')).toEqual(['1.0 3.7416573867739413', '2.9999999999999996', 'True']);
    expect(run('import math\nmath.sqrt(-1)').err).toBe('ValueError: math domain error');
    expect(run('import math\nmath.exp(1000)').err).toBe('OverflowError: math range error');
  });
});

describe('json', () => {
  it('dumps with indent, separators and sort_keys as CPython writes them', () => {
    expect(run('import json\nprint(json.dumps({"b": [1, 2.0], "a": None}, indent=2, sort_keys=True))').out).toBe('{\n  "a": null,\n  "b": [\n    1,\n    2.0\n  ]\n}\n');
    expect(show('import json', 'json.dumps({"k": "é", 1: True}, separators=(",", ":"))')).toEqual(['{"k":"\\u00e9","1":true}']);
  });
  it('loads, and reports errors with positions', () => {
    expect(show('import json', 'json.loads(\'{"a": [1, 2.5, "x"]}\')')).toEqual(["{'a': [1, 2.5, 'x']}"]);
    expect(run('import json\njson.loads("[1,]")').err).toBe('json.decoder.JSONDecodeError: Expecting value: line 1 column 4 (char 3)');
  });
});

describe('heapq, bisect, string, copy', () => {
  it('heap operations keep CPython order', () => {
    expect(show('import heapq\nh = [5, 1, 4, 2]\nheapq.heapify(h)', 'h', '[heapq.heappop(h) for _ in range(4)]', 'heapq.nlargest(2, [3, 9, 1, 9])')).toEqual(['[1, 2, 4, 5]', '[1, 2, 4, 5]', '[9, 9]']);
  });
  it('bisect and insort', () => {
    expect(show('import bisect\na = [1, 3, 3, 5]\nbisect.insort(a, 4)', 'bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), a')).toEqual(['1 3 [1, 3, 3, 4, 5]']);
  });
  it('Template substitutes and copies are deep where asked', () => {
    expect(show('import string, copy\nt = string.Template("$a-${b}$$")\nd = {"x": [1]}\nc = copy.deepcopy(d)\nd["x"].append(2)', 't.substitute(a=1, b=2)', 'c, copy.copy(d)["x"] is d["x"]')).toEqual(['1-2$', "{'x': [1]} True"]);
  });
});
