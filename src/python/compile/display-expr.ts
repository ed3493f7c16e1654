/** Literals and displays → closures: constants, lists, tuples, sets, dicts and f-strings. */
import { bytesConstant } from './bytes-object.ts';
import type * as A from '../syntax/ast.ts';
import { typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { interp } from '../runtime/hooks.ts';
import { repr, str } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { asciiOf, formatValue } from '../runtime/format-value.ts';
import { setFromConstants } from '../runtime/set-order.ts';
import { PyDict, PyFloat, PyList, PySet, PyTuple, type Value } from '../runtime/values.ts';
import { lift, syncE, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';

export function constant(e: A.Constant): CE {
  const v: Value = e.isFloat ? new PyFloat(e.value as number) : e.value instanceof Uint8Array ? bytesConstant(e.value) : e.value;
  const span = e.span;
  if (typeof e.value === 'number' || typeof e.value === 'string') return { s: () => v, g: null, lit: () => span, litIsStatic: true };
  return syncE(() => v);
}

/** `[a, *b]`, `(a, b)`, `{a, b}`. */
export function display(c: Compiler, e: A.List | A.Tuple | A.SetLit): CE {
  switch (e.kind) {
    case 'List':
      return sequence(c, e.elts, (items) => new PyList(items));
    case 'Tuple':
      return sequence(c, e.elts, (items) => new PyTuple(items));
    case 'Set':
      // CPython folds a display of 3+ constants into a frozenset at compile time: its order differs.
      if (e.elts.length > 2 && e.elts.every((x) => x.kind === 'Constant')) {
        return sequence(c, e.elts, (items) => setFromConstants(items));
      }
      return sequence(c, e.elts, (items) => {
        const s = new PySet();
        for (const x of items) s.map.set(ops.keyOf(x), x);
        return s;
      });
  }
}

function sequence(c: Compiler, elts: readonly A.Expr[], make: (items: Value[]) => Value): CE {
  const starred = elts.map((x) => x.kind === 'Starred');
  const kids = elts.map((x) => compileExpr(c, x.kind === 'Starred' ? x.value : x));
  const anyStar = starred.some((s) => s);
  return lift(c, kids, (vals) => {
    if (!anyStar) {
      const n = vals.length;
      return (f) => {
        const items: Value[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = vals[i]!(f);
        return make(items);
      };
    }
    return (f) => {
      const items: Value[] = [];
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i]!(f);
        if (starred[i]) for (const x of interp.iterate(v)) items.push(x);
        else items.push(v);
      }
      return make(items);
    };
  });
}

export function dict(c: Compiler, e: A.Dict): CE {
  const kids: CE[] = [];
  for (let i = 0; i < e.values.length; i++) {
    const k = e.keys[i];
    kids.push(k ? compileExpr(c, k) : syncE(() => null));
    kids.push(compileExpr(c, e.values[i]!));
  }
  const isSpread = e.keys.map((k) => k === null);
  return lift(c, kids, (vals) => (f) => {
    const d = new PyDict();
    for (let i = 0; i < isSpread.length; i++) {
      if (isSpread[i]) {
        const other = vals[2 * i + 1]!(f);
        if (!(other instanceof PyDict)) typeError(`'${typeName(other)}' object is not a mapping`);
        for (const [key, ent] of (other as PyDict).map) d.map.set(key, { k: ent.k, v: ent.v });
      } else {
        const key = vals[2 * i]!(f);
        ops.dictSet(d, key, vals[2 * i + 1]!(f));
      }
    }
    return d;
  });
}

export function joinedStr(c: Compiler, e: A.JoinedStr): CE {
  const kids = e.values.map((v) => compileExpr(c, v));
  return lift(c, kids, (vals) => (f) => {
    let s = '';
    for (const v of vals) s += v(f) as string;
    return s;
  });
}

export function formatted(c: Compiler, e: A.FormattedValue): CE {
  const value = compileExpr(c, e.value);
  const spec = e.formatSpec ? compileExpr(c, e.formatSpec) : syncE(() => '');
  const conv = e.conversion;
  return lift(c, [value, spec], ([v, s]) => (f) => {
    let x = v!(f);
    if (conv === 'r') x = repr(x);
    else if (conv === 's') x = str(x);
    else if (conv === 'a') x = asciiOf(x);
    return formatValue(x, s!(f) as string);
  });
}
