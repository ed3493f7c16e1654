/** `@decorator` lines: evaluated top-down before the definition, applied bottom-up after it. */
import type * as A from '../syntax/ast.ts';
import type { Value } from '../runtime/values.ts';
import { lift, type CE, type Compiler } from './compiler.ts';
import { compileExpr } from './expr.ts';
import type { Frame } from './frame.ts';
import { callValue } from './objects.ts';

/**
 * Wraps `definition` (the expression that makes the function or class) so that its value is
 * the decorated one. While a decorator runs, the frame's line is the decorator's own, as in
 * CPython's tracebacks.
 */
export function decorated(c: Compiler, decorators: readonly A.Expr[], definition: CE): CE {
  if (decorators.length === 0) return definition;
  const lines = decorators.map((d) => d.span.line);
  return lift(c, [...decorators.map((d) => compileExpr(c, d)), definition], (vals) => {
    const decs = vals.slice(0, -1);
    const make = vals[vals.length - 1]!;
    return (f: Frame) => {
      const fns = decs.map((d) => d(f));
      let v: Value = make(f);
      for (let i = fns.length - 1; i >= 0; i--) {
        f.line = lines[i]!;
        v = callValue(fns[i], [v], null);
      }
      return v;
    };
  });
}
