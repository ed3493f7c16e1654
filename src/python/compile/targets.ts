/** Assignment and deletion targets: names, attributes, subscripts, and unpacking. */
import type * as A from '../syntax/ast.ts';
import * as E from '../../engine/exceptions.ts';
import type { SourceSpan } from '../../trace/format.ts';
import { raise, typeError, Unsupported, valueError } from '../runtime/errors.ts';
import { isIterable } from '../runtime/iter.ts';
import { typeName } from '../runtime/types.ts';
import { interp } from '../runtime/hooks.ts';
import { Cell, PyList, PyTuple, type Value } from '../runtime/values.ts';
import { lift, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import { storeWithErrorPosition } from './error-position.ts';
import type { Frame } from './frame.ts';
import { nameError, unboundLocal } from './names.ts';
import { delattr, setattr } from './objects.ts';
import { delItem, setItem, sliceOf } from './subscript.ts';
import { ownedDelete } from './generator-lifetime.ts';

/** Stores a value into the target; `lit` is the literal the value came from, if any. */
export type Store = (f: Frame, value: Value, lit?: SourceSpan) => void;

export interface CompiledTarget {
  readonly s: Store | null;
  /** Targets whose sub-expressions await (`x[await k()] = v`) are not in the subset. */
  readonly g: null;
}

export function compileStoreTarget(c: Compiler, t: A.Expr): CompiledTarget {
  return { s: store(c, t), g: null };
}

function store(c: Compiler, t: A.Expr): Store {
  const s = storeAt(c, t);
  return t.kind === 'Name' ? s : storeWithErrorPosition(s, t);
}

function storeAt(c: Compiler, t: A.Expr): Store {
  switch (t.kind) {
    case 'Name':
      return storeName(c, t.id);
    case 'Attribute': {
      const obj = syncOnly(c, t.value);
      const name = c.attrName(t.attr);
      return (f, v) => setattr(obj(f), name, v);
    }
    case 'Subscript': {
      const obj = syncOnly(c, t.value);
      if (t.slice.kind === 'Slice') {
        const parts = [t.slice.lower, t.slice.upper, t.slice.step].map((p) => (p ? syncOnly(c, p) : () => null));
        return (f, v) => setItem(obj(f), sliceOf(parts[0]!(f), parts[1]!(f), parts[2]!(f)), v);
      }
      const key = syncOnly(c, t.slice);
      return (f, v) => setItem(obj(f), key(f), v);
    }
    case 'Tuple':
    case 'List':
      return unpack(c, t.elts);
    case 'Starred':
      throw new Unsupported('starred assignment target must be in a list or tuple', t.span.line);
    default:
      throw new Unsupported(`cannot assign to ${t.kind}`, t.span.line);
  }
}

function syncOnly(c: Compiler, e: A.Expr): (f: Frame) => Value {
  const ce = compileExpr(c, e);
  if (ce.s === null) throw new Unsupported('`await` inside an assignment target is not supported by Taskline', e.span.line);
  return ce.s;
}

export function storeName(c: Compiler, name: string): Store {
  const r = c.scope.resolve(name);
  switch (r.where) {
    case 'local': {
      const slot = r.slot;
      if (c.scope.isCell(name)) return (f, v) => ((f.vars[slot] as Cell).v = v);
      const size = () => c.scope.frameOwner.slotCount;
      void size;
      return (f, v, lit) => {
        f.vars[slot] = v;
        if (lit !== undefined) (f.lits ??= [])[slot] = lit;
        else if (f.lits !== null) f.lits[slot] = undefined;
      };
    }
    case 'free': {
      const i = r.index;
      return (f, v) => {
        f.closure[i]!.v = v;
      };
    }
    case 'global': {
      // Literal provenance of module-level names: `DELAY = 2` read by a function later still
      // lets the timeline rewrite that `2`. (Locals keep theirs in Frame.lits.)
      const globalLits = c.realm.globalLits;
      return (f, v, lit) => {
        f.globals.set(name, v);
        if (lit !== undefined) globalLits.set(name, lit);
        else globalLits.delete(name);
      };
    }
    case 'class': {
      const key = c.attrName(name); // a class body's private names are mangled too
      return (f, v) => {
        f.classNs!.set(key, v);
      };
    }
  }
}

function unpack(c: Compiler, elts: readonly A.Expr[]): Store {
  const starAt = elts.findIndex((e) => e.kind === 'Starred');
  const stores = elts.map((e) => (e.kind === 'Starred' ? store(c, e.value) : store(c, e)));
  const n = elts.length;
  return (f, v) => {
    const items: readonly Value[] = v instanceof PyTuple || v instanceof PyList ? v.items : unpackable(v);
    if (starAt < 0) {
      if (items.length !== n) {
        if (items.length > n) valueError(`too many values to unpack (expected ${n})`);
        valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
      }
      for (let i = 0; i < n; i++) stores[i]!(f, items[i]);
      return;
    }
    const after = n - starAt - 1;
    if (items.length < n - 1) valueError(`not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
    for (let i = 0; i < starAt; i++) stores[i]!(f, items[i]);
    stores[starAt]!(f, new PyList(items.slice(starAt, items.length - after)));
    for (let i = 0; i < after; i++) stores[starAt + 1 + i]!(f, items[items.length - after + i]);
  };
}

function unpackable(v: Value): Value[] {
  if (!isIterable(v)) typeError(`cannot unpack non-iterable ${typeName(v)} object`);
  return [...interp.iterate(v)];
}

export function compileDelete(c: Compiler, t: A.Expr): (f: Frame) => void {
  switch (t.kind) {
    case 'Name': {
      const name = t.id;
      const r = c.scope.resolve(name);
      if (r.where === 'local') {
        const slot = r.slot;
        const owns = c.scope.kind === 'function' && c.scope.ownedGenerators?.has(name) === true;
        return (f) => {
          const old = f.vars[slot];
          if (old === undefined) unboundLocal(name);
          f.vars[slot] = undefined;
          if (owns) ownedDelete(f, old as Value);
        };
      }
      if (r.where === 'global')
        return (f) => {
          if (!f.globals.delete(name)) nameError(name, false);
        };
      if (r.where === 'class') {
        const key = c.attrName(name);
        return (f) => {
          if (!f.classNs!.delete(key)) nameError(key, false);
        };
      }
      return () => raise(E.SyntaxError, `cannot delete free variable '${name}'`);
    }
    case 'Attribute': {
      const obj = syncOnly(c, t.value);
      const name = c.attrName(t.attr);
      return (f) => delattr(obj(f), name);
    }
    case 'Subscript': {
      const obj = syncOnly(c, t.value);
      if (t.slice.kind === 'Slice') {
        const parts = [t.slice.lower, t.slice.upper, t.slice.step].map((p) => (p ? syncOnly(c, p) : () => null));
        return (f) => delItem(obj(f), sliceOf(parts[0]!(f), parts[1]!(f), parts[2]!(f)));
      }
      const key = syncOnly(c, t.slice);
      return (f) => delItem(obj(f), key(f));
    }
    case 'Tuple':
    case 'List': {
      const parts = t.elts.map((e) => compileDelete(c, e));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
    default:
      throw new Unsupported(`cannot delete ${t.kind}`, t.span.line);
  }
}

export { lift };
