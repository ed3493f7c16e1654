/** Operators → closures: arithmetic (with an int fast path), unary, `and`/`or`, comparisons, `x if c else y`. */
import type * as A from '../syntax/ast.ts';
import { PyNative } from '../runtime/native.ts';
import { PyDictSubclass } from '../runtime/subclass-hooks.ts';
import { typeError } from '../runtime/errors.ts';
import * as ops from '../runtime/ops.ts';
import { typeName } from '../runtime/types.ts';
import { inplaceOp } from '../runtime/inplace.ts';
import { intInvert } from '../format/int-arith.ts';
import { PyFloat, PyInstance, type Value } from '../runtime/values.ts';
import { genE, lift, run, syncE, type CE, type Compiler } from './compiler.ts';
import type { Frame, SyncExpr } from './frame.ts';
import { compileExpr } from './expr.ts';
import { callValue } from './objects.ts';
import { positionNoter, withErrorPosition } from './error-position.ts';

const MAX = Number.MAX_SAFE_INTEGER;

export function binop(c: Compiler, e: A.BinOp): CE {
  const op = e.op;
  // Only the operation itself can raise here (the operands note their own positions), and only
  // off the int fast path: the position is noted there, not by a wrapper around every `a + b`.
  const at = positionNoter(e);
  const slow = (f: Frame, a: Value, b: Value): Value => {
    try {
      return ops.binop(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  return lift(c, [compileExpr(c, e.left), compileExpr(c, e.right)], ([l, r]) => arith(op, l!, r!, slow));
}

/** `x op= y` for a name: ints take the fast path, everything else `inplaceOp`. */
export function augArith(op: string, l: SyncExpr, r: SyncExpr): SyncExpr {
  if (op === '+' || op === '-') {
    const sign = op === '+' ? 1 : -1;
    return (f) => {
      const a = l(f);
      const b = r(f);
      if (typeof a === 'number' && typeof b === 'number') {
        const x = a + sign * b;
        if (x <= MAX && x >= -MAX) return x;
      }
      return inplaceOp(op, a, b);
    };
  }
  return (f) => inplaceOp(op, l(f), r(f));
}

/** The closure for `a op b`, with the int fast path inlined for the common operators. */
function arith(op: string, l: SyncExpr, r: SyncExpr, slow: (f: Frame, a: Value, b: Value) => Value): SyncExpr {
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a + b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a - b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number') {
          const x = a * b;
          if (x <= MAX && x >= -MAX) return x;
        }
        return slow(f, a, b);
      };
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b > 0 && a >= 0) return a % b;
        return slow(f, a, b);
      };
    case '//':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) return Math.floor(a / b);
        return slow(f, a, b);
      };
    default:
      return (f) => slow(f, l(f), r(f));
  }
}

export function unary(c: Compiler, e: A.UnaryOp): CE {
  const op = e.op;
  // The closure notes the operator's position itself if it (or its operand) raises; with an
  // await in the operand, that runs before the closure and the wrapper notes it.
  const at = positionNoter(e);
  const ce = lift(c, [compileExpr(c, e.operand)], ([x]) => {
    const v = x!;
    switch (op) {
      case 'not':
        return (f) => {
          try {
            return !ops.truthy(v(f));
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      case '-':
        return (f) => {
          try {
            return negate(v(f));
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      case '+':
        return (f) => {
          try {
            const a = v(f);
            if (typeof a === 'boolean') return a ? 1 : 0;
            if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
            return unaryDunder(a, '__pos__', '+');
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
      case '~':
        return (f) => {
          try {
            const a = v(f);
            if (typeof a === 'number' || typeof a === 'bigint') return intInvert(a);
            if (typeof a === 'boolean') return a ? -2 : -1;
            return unaryDunder(a, '__invert__', '~');
          } catch (x) {
            at(x, f);
            throw x;
          }
        };
    }
  });
  return ce.g === null ? ce : withErrorPosition(ce, e);
}

function negate(a: Value): Value {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (typeof a === 'bigint') return -a;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  return unaryDunder(a, '__neg__', '-');
}

/** A user class's `__neg__`/`__pos__`/`__invert__`, or CPython's error for the operator. */
function unaryDunder(a: Value, dunder: string, sym: string): Value {
  const m = a instanceof PyInstance ? ops.findMethod(a, dunder) : undefined;
  if (m !== undefined) return callValue(m, [a], null);
  // Library values answer for themselves: natives, and dict subclasses such as Counter.
  const hook = a instanceof PyNative || a instanceof PyDictSubclass ? a.pyUnary : undefined;
  const r = hook?.call(a, sym);
  if (r !== undefined) return r;
  return typeError(`bad operand type for unary ${sym}: '${typeName(a)}'`);
}

export function boolop(c: Compiler, e: A.BoolOp): CE {
  const kids = e.values.map((v) => compileExpr(c, v));
  const isAnd = e.op === 'and';
  if (kids.every((k) => k.g === null)) {
    const ss = kids.map((k) => k.s!);
    return syncE((f) => {
      let v: Value = null;
      for (const s of ss) {
        v = s(f);
        if (ops.truthy(v) !== isAnd) return v;
      }
      return v;
    });
  }
  return genE(function* (f) {
    let v: Value = null;
    for (const k of kids) {
      v = yield* run(k, f);
      if (ops.truthy(v) !== isAnd) return v;
    }
    return v;
  });
}

export function compare(c: Compiler, e: A.Compare): CE {
  // Off the fast paths the comparison notes its own position if it raises (a user __eq__, '<'
  // between a str and an int): no wrapper closure around every `i < n`.
  const at = positionNoter(e);
  const orderAt = (f: Frame, op: string, a: Value, b: Value): boolean => {
    try {
      return ops.order(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const eqAt = (f: Frame, a: Value, b: Value): boolean => {
    try {
      return ops.eq(a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const compareAt = (f: Frame, op: A.CmpOperator, a: Value, b: Value): boolean => {
    try {
      return ops.compare(op, a, b);
    } catch (x) {
      at(x, f);
      throw x;
    }
  };
  const left = compileExpr(c, e.left);
  const rights = e.comparators.map((x) => compileExpr(c, x));
  const opsList = e.ops;
  if (left.g === null && rights.every((k) => k.g === null)) {
    const l = left.s!;
    if (opsList.length === 1) {
      const r = rights[0]!.s!;
      const op = opsList[0]!;
      switch (op) {
        case '<':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a < b : orderAt(f, '<', a, b);
          });
        case '>':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a > b : orderAt(f, '>', a, b);
          });
        case '<=':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a <= b : orderAt(f, '<=', a, b);
          });
        case '>=':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return typeof a === 'number' && typeof b === 'number' ? a >= b : orderAt(f, '>=', a, b);
          });
        // Identity never raises, so it needs no position noting.
        case 'is':
          return syncE((f) => {
            const a = l(f);
            return ops.is(a, r(f));
          });
        case 'is not':
          return syncE((f) => {
            const a = l(f);
            return !ops.is(a, r(f));
          });
        // An int is a JS number (a float is a PyFloat), so two numbers are equal exactly when ===.
        case '==':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            if (typeof a === 'number' && typeof b === 'number') return a === b;
            return a === b ? !(a instanceof PyFloat && Number.isNaN(a.v)) : eqAt(f, a, b);
          });
        case '!=':
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            if (typeof a === 'number' && typeof b === 'number') return a !== b;
            return a === b ? a instanceof PyFloat && Number.isNaN(a.v) : !eqAt(f, a, b);
          });
        default:
          return syncE((f) => {
            const a = l(f);
            const b = r(f);
            return compareAt(f, op, a, b);
          });
      }
    }
    const rs = rights.map((k) => k.s!);
    return syncE((f) => {
      let a = l(f);
      for (let i = 0; i < opsList.length; i++) {
        const b = rs[i]!(f);
        if (!compareAt(f, opsList[i]!, a, b)) return false;
        a = b;
      }
      return true;
    });
  }
  return genE(function* (f) {
    let a = yield* run(left, f);
    for (let i = 0; i < opsList.length; i++) {
      const b = yield* run(rights[i]!, f);
      if (!compareAt(f, opsList[i]!, a, b)) return false;
      a = b;
    }
    return true;
  });
}

export function ifexp(c: Compiler, e: A.IfExp): CE {
  const t = compileExpr(c, e.test);
  const b = compileExpr(c, e.body);
  const o = compileExpr(c, e.orelse);
  if (t.g === null && b.g === null && o.g === null) {
    const ts = t.s!;
    const bs = b.s!;
    const os = o.s!;
    return syncE((f) => (ops.truthy(ts(f)) ? bs(f) : os(f)));
  }
  return genE(function* (f) {
    return ops.truthy(yield* run(t, f)) ? yield* run(b, f) : yield* run(o, f);
  });
}
