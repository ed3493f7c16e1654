/**
 * `@types.coroutine`: a generator function whose generators can be awaited, the pre-`async`
 * style that asyncio's own `sleep(0)` was built on. CPython flags the function's code; so do
 * we, and `await` drives such a generator as it drives an `__await__` iterator.
 */
import { typeError } from '../runtime/errors.ts';
import { isCallable } from '../runtime/builtin-types.ts';
import { PyBuiltin, type Value } from '../runtime/values.ts';
import { PyFunction, type CodeInfo } from './frame.ts';
import { PyGen } from './generator.ts';

const iterableCode = new WeakSet<CodeInfo>();

export function isIterableCoroutine(v: Value): v is PyGen {
  return v instanceof PyGen && v.frame !== null && iterableCode.has(v.frame.code);
}

export const typesCoroutine = new PyBuiltin('coroutine', (args) => {
  const fn = args[0];
  if (!isCallable(fn)) typeError('types.coroutine() expects a callable');
  // An `async def` is awaitable already; other callables are returned as they are, as CPython
  // does when their results are not generators.
  if (fn instanceof PyFunction && fn.code.isGenerator && !fn.code.isAsync) iterableCode.add(fn.code);
  return fn;
});
