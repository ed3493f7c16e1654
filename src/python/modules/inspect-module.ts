/**
 * `inspect`: the predicates decorators use to tell functions, methods, classes and coroutine
 * functions apart (`inspect.iscoroutinefunction(func)` in a decorator that serves both kinds).
 */
import { PyException } from '../../engine/exceptions.ts';
import { Future } from '../../engine/future.ts';
import { PyFunction } from '../compile/frame.ts';
import { getattr } from '../compile/objects.ts';
import { PyGen } from '../compile/generator.ts';
import { repr } from '../runtime/repr.ts';
import { lookupClass } from '../compile/instance-attrs.ts';
import { signatureOf } from './inspect-signature.ts';
import { typeError } from '../runtime/errors.ts';
import { isExcClass } from '../runtime/types.ts';
import { BoundMethod, PyBuiltin, PyClass, PyCoroutine, PyInstance, PyModule, PyType, type Value } from '../runtime/values.ts';

/** Through bound methods and functools.partial, as inspect's _has_code_flag does. */
function unwrapCallable(f: Value): Value {
  for (;;) {
    if (f instanceof BoundMethod) f = f.fn;
    else if (f instanceof PyInstance && f.cls.module === 'functools' && f.cls.name === 'partial') f = f.dict.get('func');
    else return f;
  }
}

const GEN_STATES = { created: 'GEN_CREATED', running: 'GEN_RUNNING', suspended: 'GEN_SUSPENDED', closed: 'GEN_CLOSED' } as const;

export function makeInspectModule(): PyModule {
  const d = new Map<string, Value>();
  const predicate = (name: string, test: (v: Value) => boolean): void => {
    d.set(
      name,
      new PyBuiltin(name, (args, kw) => {
        if (kw !== null && kw.size > 0) typeError(`${name}() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
        if (args.length !== 1) typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
        return test(args[0]);
      }),
    );
  };
  predicate('iscoroutinefunction', (v) => {
    const f = unwrapCallable(v);
    return f instanceof PyFunction && f.code.isAsync;
  });
  predicate('isfunction', (v) => v instanceof PyFunction);
  predicate('ismethod', (v) => v instanceof BoundMethod);
  predicate('isclass', (v) => v instanceof PyClass || v instanceof PyType || isExcClass(v));
  predicate('isbuiltin', (v) => v instanceof PyBuiltin);
  predicate('isroutine', (v) => v instanceof PyFunction || v instanceof BoundMethod || v instanceof PyBuiltin);
  predicate('ismodule', (v) => v instanceof PyModule);
  predicate('iscoroutine', (v) => v instanceof PyCoroutine);
  predicate('isawaitable', (v) => v instanceof PyCoroutine || v instanceof Future || (v instanceof PyInstance && lookupClass(v.cls, '__await__') !== undefined));
  predicate('isabstract', (v) => v instanceof PyClass && v.dict.get('__abstractmethods__') !== undefined && (v.dict.get('__abstractmethods__') as { map: Map<unknown, unknown> }).map.size > 0);
  d.set(
    'getdoc',
    new PyBuiltin('getdoc', (args) => {
      try {
        const doc = getattr(args[0], '__doc__');
        return typeof doc === 'string' ? cleandoc(doc) : null;
      } catch (e) {
        if (e instanceof PyException) return null;
        throw e;
      }
    }),
  );
  // getgeneratorstate: CPython's GEN_* names for the generator's life stage.
  for (const v of Object.values(GEN_STATES)) d.set(v, v);
  d.set(
    'getgeneratorstate',
    new PyBuiltin('getgeneratorstate', (args) => {
      const g = args[0];
      if (!(g instanceof PyGen)) typeError(`${repr(g)} is not a Python generator`);
      return GEN_STATES[(g as PyGen).state];
    }),
  );
  d.set('cleandoc', new PyBuiltin('cleandoc', (args) => cleandoc(String(args[0]))));
  d.set(
    'unwrap',
    new PyBuiltin('unwrap', (args) => {
      let f = args[0];
      for (let i = 0; i < 1000; i++) {
        try {
          f = getattr(f, '__wrapped__');
        } catch (e) {
          if (e instanceof PyException) return f;
          throw e;
        }
      }
      return f;
    }),
  );
  d.set(
    'signature',
    new PyBuiltin('signature', (args) => {
      if (args.length !== 1) typeError(`signature() takes 1 positional argument but ${args.length} were given`);
      return signatureOf(args[0]);
    }),
  );
  return new PyModule('inspect', d);
}

/** inspect.cleandoc: strip the first line's leading blanks and the common indent of the rest. */
function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart().length;
    if (content > 0) margin = Math.min(margin, line.length - content);
  }
  const out = [lines[0]!.trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  while (out.length > 0 && out[0]!.trim() === '') out.shift();
  return out.join('\n');
}
