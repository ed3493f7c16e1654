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

describe('re', () => {
  it('translates Python syntax: $ before a final newline, . without newline, named groups', () => {
    expect(show('import re', 'bool(re.search(r"end$", "the end\\n"))', 're.search(r"a.c", "a\\nc")', 're.match(r"(?P<k>\\w+)=(?P<v>\\d+)", "x=1").groupdict()')).toEqual([
      'True',
      'None',
      "{'k': 'x', 'v': '1'}",
    ]);
  });
  it('findall, sub with templates and functions, split with groups', () => {
    expect(show('import re', 're.findall(r"(\\w)(\\d)", "a1 b2")', 're.sub(r"(\\d+)", r"<\\1>", "a1b22")', 're.sub(r"\\d", lambda m: str(int(m.group()) + 1), "a1b2")', 're.split(r"(,)", "a,b")')).toEqual([
      "[('a', '1'), ('b', '2')]",
      'a<1>b<22>',
      'a2b3',
      "['a', ',', 'b']",
    ]);
  });
  it('refuses what JS cannot express, by name', () => {
    expect(run('import re\nre.compile(r"a++")').err).toContain('possessive quantifiers');
  });
});

describe('statistics, pprint, textwrap, abc', () => {
  it('statistics rounds exact results once', () => {
    expect(show('import statistics as st', 'st.mean([1, 2, 3]), st.variance([1, 2, 3, 4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])')).toEqual(['2 1.6666666666666667 1.0810874155219827']);
  });
  it('pprint sorts keys and breaks long containers', () => {
    expect(run('import pprint\npprint.pprint({"b": list(range(30)), "a": 1}, width=40)').out).toBe(
      "{'a': 1,\n 'b': [0,\n       1,\n       2,\n       3,\n       4,\n       5,\n       6,\n       7,\n       8,\n       9,\n       10,\n       11,\n       12,\n       13,\n       14,\n       15,\n       16,\n       17,\n       18,\n       19,\n       20,\n       21,\n       22,\n       23,\n       24,\n       25,\n       26,\n       27,\n       28,\n       29]}\n",
    );
  });
  it('textwrap fills on word boundaries', () => {
    expect(show('import textwrap', 'textwrap.wrap("the quick brown fox jumps", 10)')).toEqual(["['the quick', 'brown fox', 'jumps']"]);
  });
  it('abc refuses to instantiate a class with abstract methods left', () => {
    expect(run('from abc import ABC, abstractmethod\nclass A(ABC):\n    @abstractmethod\n    def f(self): ...\nA()').err).toBe("TypeError: Can't instantiate abstract class A with abstract method f");
  });
});

describe('names the library modules leave out', () => {
  it('are refused by name and line, not as an AttributeError', () => {
    const r = run('import math\nprint("before")\nx = math.erf(1)');
    expect(r.out).toBe('before\n');
    expect(r.err).toContain('`math.erf` is not supported by Taskline');
    expect(run('from typing import get_overloads').err).toContain('`typing.get_overloads` is not supported by Taskline');
  });
});
