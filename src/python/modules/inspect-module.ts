/** The `inspect` predicates that decorator and asyncio tutorials use (iscoroutinefunction, ...). */
import { Future } from '../../engine/future.ts';
import { isExcClass, typeName } from '../runtime/types.ts';
import { findMethod } from '../runtime/ops.ts';
import { BoundMethod, PyBuiltin, PyClass, PyCoroutine, PyInstance, PyModule, PyType, type Value } from '../runtime/values.ts';
import { PyFunction } from '../compile/frame.ts';

/** A bound method's function, as inspect unwraps methods before looking at their code. */
const unwrap = (v: Value): Value => (v instanceof BoundMethod ? v.fn : v);

const generatorCode = (f: PyFunction): boolean => (f.code as { isGenerator?: boolean }).isGenerator === true;

export function makeInspectModule(): PyModule {
  const pred = (name: string, test: (v: Value) => boolean): [string, PyBuiltin] => [name, new PyBuiltin(name, (args) => test(args[0]))];
  return new PyModule(
    'inspect',
    new Map<string, Value>([
      pred('iscoroutinefunction', (v) => {
        const f = unwrap(v);
        return f instanceof PyFunction && f.code.isAsync && !generatorCode(f);
      }),
      pred('isasyncgenfunction', (v) => {
        const f = unwrap(v);
        return f instanceof PyFunction && f.code.isAsync && generatorCode(f);
      }),
      pred('isgeneratorfunction', (v) => {
        const f = unwrap(v);
        return f instanceof PyFunction && !f.code.isAsync && generatorCode(f);
      }),
      pred('iscoroutine', (v) => v instanceof PyCoroutine),
      pred('isawaitable', (v) => v instanceof PyCoroutine || v instanceof Future || (v instanceof PyInstance && findMethod(v, '__await__') !== undefined)),
      pred('isfunction', (v) => v instanceof PyFunction),
      pred('ismethod', (v) => v instanceof BoundMethod),
      pred('isclass', (v) => v instanceof PyClass || v instanceof PyType || isExcClass(v)),
      pred('isbuiltin', (v) => v instanceof PyBuiltin),
      pred('ismodule', (v) => v instanceof PyModule),
      pred('isgenerator', (v) => typeName(v) === 'generator'),
      pred('isasyncgen', (v) => typeName(v) === 'async_generator'),
      pred('isroutine', (v) => v instanceof PyFunction || v instanceof BoundMethod || v instanceof PyBuiltin),
    ]),
  );
}
