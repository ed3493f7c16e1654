/**
 * The `types` module: SimpleNamespace, `coroutine`, and the type objects of functions, coroutines,
 * generators, methods, builtins and modules, for isinstance checks.
 */
import { typeError } from '../runtime/errors.ts';
import { noneType, register } from '../runtime/builtin-types.ts';
import { eq } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { GenericAlias, UnionType } from '../runtime/generic-alias.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyClass, PyInstance, PyModule, PyType, type Value } from '../runtime/values.ts';
import { makeClass } from '../compile/class.ts';
import { typesCoroutine } from '../compile/iterable-coroutine.ts';

function simpleNamespace(): PyClass {
  const ns = new Map<string, Value>([
    [
      '__init__',
      new PyBuiltin('__init__', (args, kwargs) => {
        if (args.length > 1) typeError(`no positional arguments expected`);
        const self = args[0] as PyInstance;
        for (const [k, v] of kwargs ?? []) self.dict.set(k, v);
        return null;
      }),
    ],
    ['__repr__', new PyBuiltin('__repr__', (args) => `namespace(${[...(args[0] as PyInstance).dict].map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`)],
    [
      '__eq__',
      new PyBuiltin('__eq__', (args) => {
        const [a, b] = args as [PyInstance, Value];
        if (!(b instanceof PyInstance) || b.cls !== a.cls || a.dict.size !== b.dict.size) return false;
        for (const [k, v] of a.dict) if (!b.dict.has(k) || !eq(v, b.dict.get(k))) return false;
        return true;
      }),
    ],
  ]);
  const cls = makeClass('SimpleNamespace', [], ns);
  // CPython defines it in the types module: `<class 'types.SimpleNamespace'>`.
  Object.defineProperty(cls, 'module', { value: 'types' });
  ns.set('__module__', 'types');
  return cls;
}

/** A type object for values whose typeName() is `name`, shared with what type(x) returns. */
function valueType(name: string): PyType {
  const t = new PyType(name, () => typeError(`cannot create '${name}' instances`), (x) => typeName(x) === name);
  register(name, t);
  return t;
}

const FUNCTION = valueType('function');
const BUILTIN = valueType('builtin_function_or_method');
const COROUTINE = valueType('coroutine');
const GENERATOR = valueType('generator');
const METHOD = valueType('method');
const MODULE = valueType('module');

export function makeTypesModule(): PyModule {
  return new PyModule(
    'types',
    new Map<string, Value>([
      ['SimpleNamespace', simpleNamespace()],
      ['coroutine', typesCoroutine],
      ['FunctionType', FUNCTION],
      ['LambdaType', FUNCTION],
      ['BuiltinFunctionType', BUILTIN],
      ['BuiltinMethodType', BUILTIN],
      ['CoroutineType', COROUTINE],
      ['GeneratorType', GENERATOR],
      ['MethodType', METHOD],
      ['ModuleType', MODULE],
      ['NoneType', noneType],
      ['UnionType', new PyType('UnionType', () => typeError("cannot create 'types.UnionType' instances"), (x) => x instanceof UnionType)],
      ['GenericAlias', new PyType('GenericAlias', (a) => new GenericAlias(a[0], a[1] === undefined ? [] : [a[1]]), (x) => x instanceof GenericAlias)],
    ]),
  );
}
