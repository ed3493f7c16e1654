/** Names, attribute reads, subscripts and `name := value` → closures. */
import type * as A from '../syntax/ast.ts';
import { Cell, PyModule } from '../runtime/values.ts';
import { genE, lift, syncE, type CE, type Compiler } from './compiler.ts';
import type { LiteralOf } from './frame.ts';
import { compileExpr } from './expr.ts';
import { getattr } from './objects.ts';
import { getItem, sliceOf } from './subscript.ts';
import { globalsLookup, nameError, unboundFree, unboundLocal } from './names.ts';
import { checkBuiltinSupported } from './unsupported-builtins.ts';
import { moduleAttr } from './imports.ts';
import { storeName } from './targets.ts';
import { positionNoter, withErrorPosition } from './error-position.ts';

export function loadName(c: Compiler, e: A.Name): CE {
  const name = e.id;
  const builtins = c.realm.builtins;
  const r = c.scope.resolve(name);
  switch (r.where) {
    case 'local': {
      const slot = r.slot;
      const lit: LiteralOf = (f) => (f.lits === null ? undefined : f.lits[slot]);
      // CPython runs a comprehension as a function of its own: an enclosing local is free there.
      const unbound = c.scope.kind === 'comprehension' && !c.scope.slots.has(name) ? unboundFree : unboundLocal;
      if (c.scope.isCell(name)) {
        return syncE((f) => {
          const v = (f.vars[slot] as Cell).v;
          return v === undefined ? unbound(name) : v;
        });
      }
      return syncE((f) => {
        const v = f.vars[slot];
        return v === undefined ? unbound(name) : v;
      }, lit);
    }
    case 'free': {
      const i = r.index;
      // Only an unbound cell raises here: the NameError notes the name's position as it leaves.
      const at = positionNoter(e);
      return syncE((f) => {
        const v = f.closure[i]!.v;
        if (v !== undefined) return v;
        try {
          return nameError(name, true);
        } catch (x) {
          at(x, f);
          throw x;
        }
      });
    }
    case 'global':
      checkBuiltinSupported(c.table, name, e.span.line);
      // A NameError notes the name's position here, in the lookup's own closure (a hot path).
      const at = positionNoter(e);
      const globalLits = c.realm.globalLits;
      return syncE(
        (f) => {
          try {
            return globalsLookup(f.globals, builtins, name);
          } catch (x) {
            at(x, f);
            throw x;
          }
        },
        () => globalLits.get(name),
      );
    case 'class': {
      if (!c.scope.bound.has(name)) checkBuiltinSupported(c.table, name, e.span.line);
      const key = c.attrName(name); // a class body's private names are mangled too
      return syncE((f) => {
        const v = f.classNs!.get(key);
        return v !== undefined ? v : globalsLookup(f.globals, builtins, key);
      });
    }
  }
}

export function attribute(c: Compiler, e: A.Attribute): CE {
  const name = c.attrName(e.attr);
  const line = e.span.line;
  // The lookup notes its own position if it raises; the object's expression notes its own.
  const at = positionNoter(e);
  return lift(c, [compileExpr(c, e.value)], ([obj]) => (f) => {
    const o = obj!(f);
    try {
      return o instanceof PyModule ? moduleAttr(o, name, line, getattr) : getattr(o, name);
    } catch (x) {
      at(x, f);
      throw x;
    }
  });
}

export function subscript(c: Compiler, e: A.Subscript): CE {
  const obj = compileExpr(c, e.value);
  const at = positionNoter(e);
  if (e.slice.kind === 'Slice') {
    const parts = [e.slice.lower, e.slice.upper, e.slice.step].map((p) => (p ? compileExpr(c, p) : syncE(() => null)));
    // `x[a:b]` notes its position for whatever in it raises, bounds included (as a wrapper would);
    // with an await among its parts, those run before the closure, so the wrapper stays.
    const ce = lift(c, [obj, ...parts], ([o, lo, hi, st]) => (f) => {
      try {
        return getItem(o!(f), sliceOf(lo!(f), hi!(f), st!(f)));
      } catch (x) {
        at(x, f);
        throw x;
      }
    });
    return ce.g === null ? ce : withErrorPosition(ce, e);
  }
  // The item lookup notes its position itself: the operands note theirs.
  return lift(c, [obj, compileExpr(c, e.slice)], ([o, k]) => (f) => {
    const v = o!(f);
    const key = k!(f);
    try {
      return getItem(v, key);
    } catch (x) {
      at(x, f);
      throw x;
    }
  });
}

/** `name := value`: the scope table already placed `name` (a comprehension's walrus binds outside it). */
export function namedExpr(c: Compiler, e: A.NamedExpr): CE {
  const value = compileExpr(c, e.value);
  const store = storeName(c, e.target);
  const lit = value.lit;
  if (value.g === null) {
    const v = value.s!;
    return syncE((f) => {
      const x = v(f);
      store(f, x, lit?.(f));
      return x;
    }, lit);
  }
  const g = value.g;
  return genE(function* (f) {
    const x = yield* g(f);
    store(f, x);
    return x;
  });
}
