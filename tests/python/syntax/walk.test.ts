/**
 * The exhaustive walker: a program with every node kind, walked with forEachChild, reaches every
 * kind, and reaches exactly the nodes a reflective walk over every field finds, so no field of
 * any kind is skipped.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/python/syntax/ast';
import { parseModule } from '../../../src/python/syntax/parser';
import { forEachChild, statementLists } from '../../../src/python/syntax/walk';

/** Every node kind; a Record so that a new kind fails to compile until it is listed (and covered below). */
const ALL_KINDS: Record<Node['kind'], true> = {
  Module: true, Constant: true, Ellipsis: true, Name: true, Attribute: true, Subscript: true, Slice: true,
  keyword: true, Call: true, BinOp: true, UnaryOp: true, BoolOp: true, Compare: true, IfExp: true, Lambda: true,
  Await: true, Yield: true, NamedExpr: true, List: true, Tuple: true, Set: true, Dict: true, comprehension: true,
  ListComp: true, SetComp: true, GeneratorExp: true, DictComp: true, Starred: true, JoinedStr: true,
  FormattedValue: true, arg: true, Expr: true, Assign: true, AugAssign: true, AnnAssign: true, Return: true,
  Pass: true, Break: true, Continue: true, If: true, While: true, For: true, AsyncFor: true, ExceptHandler: true,
  Try: true, Raise: true, Assert: true, alias: true, Import: true, ImportFrom: true, FunctionDef: true,
  AsyncFunctionDef: true, ClassDef: true, Global: true, Nonlocal: true, Delete: true, withitem: true,
  AsyncWith: true, With: true, Match: true, match_case: true, MatchValue: true, MatchSingleton: true,
  MatchSequence: true, MatchMapping: true, MatchClass: true, MatchStar: true, MatchAs: true, MatchOr: true,
};

const PROGRAM = `
import asyncio
from typing import Any as A
g = 0

@staticmethod
def f(a: int, /, b=1, *args, c: str = "x", **kw) -> None:
    global g
    x: int = a + -b
    x += 1
    del kw
    def inner():
        nonlocal x
        x = not x
    return [i for i in args if i], {i for i in args}, (i for i in args), {k: v for k, v in kw.items()}

class C(object, metaclass=type):
    y = lambda q: q[1:2:3] if q and q.r else ...

async def main(items):
    async with asyncio.Lock() as lock:
        pass
    async for item in items:
        await item
    with open("f") as fh:
        pass
    for i in range(3):
        if i < 2:
            continue
        break
    else:
        pass
    while False:
        pass
    try:
        raise ValueError("v") from None
    except ValueError as e:
        assert e, f"{e!r:>{10}}"
    finally:
        pass
    match items:
        case [1, *rest] | [*rest, None | True]:
            pass
        case {"k": v, **others}:
            pass
        case C(y=[_, z as w]):
            pass
    print(*[1], **{"sep": ""}, end=(n := 1))

def gen():
    yield {1, 2}, (1,)
`;

function walkedNodes(root: Node): Set<Node> {
  const seen = new Set<Node>();
  const visit = (n: Node): void => {
    seen.add(n);
    forEachChild(n, visit);
  };
  visit(root);
  return seen;
}

/** Every object with a `kind` reachable through any field (kind-less records such as Arguments included). */
function reflectedNodes(root: object): Set<object> {
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if ('kind' in value) seen.add(value);
    Object.values(value).forEach(visit);
  };
  visit(root);
  return seen;
}

describe('forEachChild', () => {
  const module = parseModule(PROGRAM);
  const walked = walkedNodes(module);

  it('reaches every node kind', () => {
    const kinds = new Set([...walked].map((n) => n.kind));
    expect([...kinds].sort()).toEqual(Object.keys(ALL_KINDS).sort());
  });

  it('skips no field: it reaches exactly the nodes a reflective walk finds', () => {
    const reflected = reflectedNodes(module);
    const missed = [...reflected].filter((n) => !walked.has(n as Node)).map((n) => (n as Node).kind);
    expect(missed).toEqual([]);
    expect(walked.size).toBe(reflected.size);
  });

  it('visits assignment targets before the value, as CPython does', () => {
    const [assign] = parseModule('a[i] = v').body;
    const order: string[] = [];
    forEachChild(assign!, (n) => order.push(n.kind));
    expect(order).toEqual(['Subscript', 'Name']);
  });

  it('statementLists names every body, else and finally list a node holds, in source order', () => {
    for (const node of [module, ...walked]) {
      const fields = node as unknown as Record<string, unknown>;
      const reflected = ['body', 'orelse', 'finalbody'].map((k) => fields[k]).filter((v) => Array.isArray(v) && v.length > 0);
      expect(statementLists(node), node.kind).toEqual(reflected);
    }
  });
});
