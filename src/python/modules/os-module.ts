/**
 * The `os` module's machine-free part: `os.environ` (empty at the start of every run, so a
 * run never depends on the machine it happens on), `os.getenv`, `os.cpu_count()` (the
 * virtual machine's count that worker lanes use), the path constants and `os.path`. What
 * needs the real machine (processes, files, the working directory) is refused by name
 * (left-out-names.ts).
 */
import * as E from '../../engine/exceptions.ts';
import { VIRTUAL_CPU_COUNT } from '../../engine/worker-lanes.ts';
import { checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { typeError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import { dictSet, keyOf } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyDict, PyList, PyModule, PyTuple, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import type { ModuleContext } from './registry.ts';

function strKey(v: Value): string {
  if (typeof v === 'string') return v;
  return typeError(`str expected, not ${typeName(v)}`);
}

/** os.environ: a mapping of str to str, written by the program alone. */
class PyEnviron extends PyNative {
  readonly pyTypeName = '_Environ';
  readonly vars = new PyDict();
  pyRepr(): string {
    return `environ(${repr(this.vars)})`;
  }
  override pyLen(): number {
    return this.vars.map.size;
  }
  override pyIter(): Iterable<Value> {
    return [...this.vars.map.values()].map((e) => e.k);
  }
  override pyContains(v: Value): boolean {
    return typeof v === 'string' && this.vars.map.has(v);
  }
  override pyGetItem(key: Value): Value {
    const e = this.vars.map.get(strKey(key));
    if (e === undefined) throw E.pyErr(E.KeyError, key);
    return e.v;
  }
  override pySetItem(key: Value, value: Value): void {
    dictSet(this.vars, strKey(key), strKey(value));
  }
  override pyDelItem(key: Value): void {
    if (!this.vars.map.delete(keyOf(strKey(key)))) throw E.pyErr(E.KeyError, key);
  }
  get(key: Value, dflt: Value): Value {
    return this.vars.map.get(strKey(key))?.v ?? dflt;
  }
}

const entries = (env: PyEnviron): [Value, Value][] => [...env.vars.map.values()].map((e) => [e.k, e.v]);

declareEngineType({
  cls: PyEnviron,
  name: '_Environ',
  module: 'os',
  construct: () => typeError("_Environ.__init__() missing 5 required positional arguments: 'data', 'encodekey', 'decodekey', 'encodevalue', and 'decodevalue'"),
  methods: [
    ['get', (env, args) => (count('get', args, 1, 2), env.get(args[0], args[1] ?? null))],
    [
      'setdefault',
      (env, args) => {
        count('setdefault', args, 1, 2);
        if (!env.pyContains(strKey(args[0]))) env.pySetItem(args[0], args[1] ?? null);
        return env.pyGetItem(args[0]);
      },
    ],
    [
      'pop',
      (env, args) => {
        count('pop', args, 1, 2);
        if (!env.pyContains(strKey(args[0]))) {
          if (args.length > 1) return args[1];
          throw E.pyErr(E.KeyError, args[0]);
        }
        const v = env.pyGetItem(args[0]);
        env.pyDelItem(args[0]);
        return v;
      },
    ],
    ['keys', (env) => new PyList(entries(env).map(([k]) => k))],
    ['values', (env) => new PyList(entries(env).map(([, v]) => v))],
    ['items', (env) => new PyList(entries(env).map((kv) => new PyTuple(kv)))],
    [
      'copy',
      (env) => {
        const d = new PyDict();
        for (const [k, v] of entries(env)) dictSet(d, k, v);
        return d;
      },
    ],
  ],
});

/** os.getenv(key, default=None). */
function getenv(env: PyEnviron): PyBuiltin {
  return new PyBuiltin('getenv', (args, kw) => {
    checkKwargs('getenv', kw, ['key', 'default']);
    count('getenv', args, 1, 2);
    return env.get(param('getenv', args, 0, kw, 'key')!, param('getenv', args, 1, kw, 'default') ?? null);
  });
}

export function makeOsModule(ctx: ModuleContext): PyModule {
  const environ = new PyEnviron();
  return new PyModule(
    'os',
    new Map<string, Value>([
      ['environ', environ],
      ['getenv', getenv(environ)],
      ['cpu_count', new PyBuiltin('cpu_count', (args) => (count('cpu_count', args, 0, 0), VIRTUAL_CPU_COUNT))],
      ['path', ctx.module('os.path')],
      ['name', 'posix'],
      ['sep', '/'],
      ['altsep', null],
      ['extsep', '.'],
      ['pathsep', ':'],
      ['linesep', '\n'],
      ['curdir', '.'],
      ['pardir', '..'],
      ['devnull', '/dev/null'],
    ]),
  );
}
