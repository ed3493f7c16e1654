/** `yield x` and `yield from xs` → generator closures. */
import type * as A from '../syntax/ast.ts';
import { typeError } from '../runtime/errors.ts';
import { nextOf, toIterator } from '../runtime/iter.ts';
import { PyCoroutine } from '../runtime/values.ts';
import { genE, run, type CE, type Compiler } from './compiler.ts';
import { YieldValue } from './frame.ts';
import { compileExpr } from './expr.ts';
import { yieldFrom } from './generator.ts';

/** `yield x`: suspends the generator's frame; its value is what the next send() passes in. */
export function yieldExpr(c: Compiler, e: A.Yield): CE {
  const value = e.value === null ? null : compileExpr(c, e.value);
  return genE(function* (f) {
    const v = value === null ? null : yield* run(value, f);
    const sent = yield new YieldValue(v);
    return sent === undefined ? null : sent;
  });
}

export function yieldFromExpr(c: Compiler, e: A.Yield): CE {
  const value = compileExpr(c, e.value!);
  return genE(function* (f) {
    const src = yield* run(value, f);
    if (src instanceof PyCoroutine) typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    return yield* yieldFrom(src, toIterator, (it) => nextOf(it));
  });
}
