/**
 * `atexit`: register/unregister functions that the run calls when the program ends (after an
 * uncaught exception's traceback, before objects are freed), last registered first.
 */
import { eq } from '../runtime/ops.ts';
import { currentRealm } from '../runtime/realm.ts';
import { typeError } from '../runtime/errors.ts';
import { isCallable } from '../runtime/builtin-types.ts';
import { PyBuiltin, PyModule, type Value } from '../runtime/values.ts';
import { checkKw } from './args.ts';

export function makeAtexitModule(): PyModule {
  const d = new Map<string, Value>();
  d.set(
    'register',
    new PyBuiltin('register', (args, kw) => {
      if (args.length === 0) typeError('register() takes at least 1 argument (0 given)');
      const fn = args[0];
      if (!isCallable(fn)) typeError('the first argument must be callable');
      currentRealm.exitFunctions.push({ fn, args: args.slice(1), kwargs: kw });
      return fn;
    }),
  );
  d.set(
    'unregister',
    new PyBuiltin('unregister', (args, kw) => {
      checkKw('unregister', kw, []);
      if (args.length !== 1) typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
      const list = currentRealm.exitFunctions;
      for (let i = list.length - 1; i >= 0; i--) if (eq(list[i]!.fn, args[0])) list.splice(i, 1);
      return null;
    }),
  );
  return new PyModule('atexit', d);
}
