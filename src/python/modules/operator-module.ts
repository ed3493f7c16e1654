/** `operator`: the operators as functions, and itemgetter/attrgetter/methodcaller (for sorted, map, reduce). */
import { callMethod, callValue, getattr } from '../compile/objects.ts';
import { getItem, setItem, delItem } from '../compile/subscript.ts';
import { raise, typeError } from '../runtime/errors.ts';
import { inplaceOp } from '../runtime/inplace.ts';
import * as E from '../../engine/exceptions.ts';
import { binop, compare, contains, eq, is, num, truthy } from '../runtime/ops.ts';
import { repr } from '../runtime/repr.ts';
import { iterate } from '../runtime/iter.ts';
import { typeName } from '../runtime/types.ts';
import { NO_CALL_SITE, PyBuiltin, PyFloat, PyInstance, PyModule, PyTuple, type NativeFn, type Value } from '../runtime/values.ts';
import { nativeClass, nativeMethods } from './native-class.ts';

function exactly(name: string, args: Value[], n: number): void {
  if (args.length !== n) typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

const BINARY: [string, string][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
  ['floordiv', '//'],
  ['mod', '%'],
  ['pow', '**'],
  ['and_', '&'],
  ['or_', '|'],
  ['xor', '^'],
  ['lshift', '<<'],
  ['rshift', '>>'],
  ['matmul', '@'],
];
const COMPARE: [string, string][] = [
  ['lt', '<'],
  ['le', '<='],
  ['gt', '>'],
  ['ge', '>='],
];

export function makeOperatorModule(): PyModule {
  const d = new Map<string, Value>();
  const fn = (name: string, f: NativeFn): void => {
    d.set(name, new PyBuiltin(name, f));
    if (name.startsWith('__') || /[A-Z]/.test(name)) return;
    // operator.__add__ and friends are the same functions.
    const dunder = `__${name.replace(/_$/, '')}__`;
    d.set(dunder, d.get(name));
  };
  for (const [name, op] of BINARY) {
    fn(name, (args) => {
      exactly(name, args, 2);
      return binop(op, args[0], args[1]);
    });
  }
  // The in-place forms: `operator.iadd(a, b)` is `a += b`.
  for (const [name, op] of BINARY) {
    const iname = `i${name.replace(/_$/, '')}`;
    fn(iname, (args) => {
      exactly(iname, args, 2);
      return inplaceOp(op, args[0], args[1]);
    });
  }
  fn('iconcat', (args) => (exactly('iconcat', args, 2), inplaceOp('+', args[0], args[1])));
  fn('inv', (args) => (exactly('inv', args, 1), -num(args[0] as number) - 1));
  fn('indexOf', (args) => {
    exactly('indexOf', args, 2);
    let i = 0;
    for (const x of iterate(args[0])) {
      if (is(x, args[1]) || eq(x, args[1])) return i;
      i++;
    }
    return raise(E.ValueError, 'sequence.index(x): x not in sequence');
  });
  fn('call', (args, kw) => {
    if (args.length < 1) typeError('call() missing 1 required positional argument');
    return callValue(args[0], args.slice(1), kw);
  });
  for (const [name, op] of COMPARE) {
    fn(name, (args) => {
      exactly(name, args, 2);
      return compare(op, args[0], args[1]);
    });
  }
  fn('eq', (args) => (exactly('eq', args, 2), eq(args[0], args[1])));
  fn('ne', (args) => (exactly('ne', args, 2), !eq(args[0], args[1])));
  fn('is_', (args) => (exactly('is_', args, 2), is(args[0], args[1])));
  fn('is_not', (args) => (exactly('is_not', args, 2), !is(args[0], args[1])));
  fn('not_', (args) => (exactly('not_', args, 1), !truthy(args[0])));
  fn('truth', (args) => (exactly('truth', args, 1), truthy(args[0])));
  fn('neg', (args) => (exactly('neg', args, 1), binop('-', 0, args[0])));
  fn('pos', (args) => (exactly('pos', args, 1), args[0]));
  fn('abs', (args) => {
    exactly('abs', args, 1);
    const v = args[0];
    if (typeof v === 'number') return Math.abs(v);
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
    if (typeof v === 'boolean') return num(v);
    return callMethod(v, '__abs__', [], null, NO_CALL_SITE);
  });
  fn('invert', (args) => (exactly('invert', args, 1), -num(args[0] as number) - 1));
  fn('index', (args) => {
    exactly('index', args, 1);
    if (typeof args[0] === 'number') return args[0];
    return typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
  });
  fn('concat', (args) => (exactly('concat', args, 2), binop('+', args[0], args[1])));
  fn('contains', (args) => (exactly('contains', args, 2), contains(args[0], args[1])));
  fn('countOf', (args) => {
    exactly('countOf', args, 2);
    let n = 0;
    for (const x of iterate(args[0])) if (is(x, args[1]) || eq(x, args[1])) n++;
    return n;
  });
  fn('getitem', (args) => (exactly('getitem', args, 2), getItem(args[0], args[1])));
  fn('setitem', (args) => (exactly('setitem', args, 3), setItem(args[0], args[1], args[2]), null));
  fn('delitem', (args) => (exactly('delitem', args, 2), delItem(args[0], args[1]), null));

  const self = (a: Value[]): PyInstance => a[0] as PyInstance;
  const itemgetter = nativeClass(
    'operator',
    'itemgetter',
    [],
    nativeMethods('operator.itemgetter', {
      __init__: (a) => {
        if (a.length < 2) typeError('itemgetter expected 1 argument, got 0');
        self(a).dict.set('_items', new PyTuple(a.slice(1)));
        return null;
      },
      __call__: (a, kw) => {
        if (kw !== null && kw.size > 0) typeError('itemgetter() takes no keyword arguments');
        exactly('itemgetter', a.slice(1), 1);
        const items = (self(a).dict.get('_items') as PyTuple).items;
        if (items.length === 1) return getItem(a[1], items[0]);
        return new PyTuple(items.map((k) => getItem(a[1], k)));
      },
      __repr__: (a) => `operator.itemgetter(${(self(a).dict.get('_items') as PyTuple).items.map(repr).join(', ')})`,
    }),
  );
  const dotted = (obj: Value, path: string): Value => path.split('.').reduce((o, n) => getattr(o, n), obj);
  const attrgetter = nativeClass(
    'operator',
    'attrgetter',
    [],
    nativeMethods('operator.attrgetter', {
      __init__: (a) => {
        if (a.length < 2) typeError('attrgetter expected 1 argument, got 0');
        for (const n of a.slice(1)) if (typeof n !== 'string') typeError('attribute name must be a string');
        self(a).dict.set('_attrs', new PyTuple(a.slice(1)));
        return null;
      },
      __call__: (a) => {
        exactly('attrgetter', a.slice(1), 1);
        const names = (self(a).dict.get('_attrs') as PyTuple).items as string[];
        if (names.length === 1) return dotted(a[1], names[0]!);
        return new PyTuple(names.map((n) => dotted(a[1], n)));
      },
      __repr__: (a) => `operator.attrgetter(${(self(a).dict.get('_attrs') as PyTuple).items.map(repr).join(', ')})`,
    }),
  );
  const methodcaller = nativeClass(
    'operator',
    'methodcaller',
    [],
    nativeMethods('operator.methodcaller', {
      __init__: (a, kw) => {
        if (a.length < 2) typeError('methodcaller needs at least one argument, the method name');
        if (typeof a[1] !== 'string') typeError('method name must be a string');
        const s = self(a);
        s.dict.set('_name', a[1]);
        s.dict.set('_args', new PyTuple(a.slice(2)));
        s.dict.set('_kwargs', kw === null ? null : (new Map(kw) as unknown as Value));
        return null;
      },
      __call__: (a) => {
        exactly('methodcaller', a.slice(1), 1);
        const s = self(a);
        const kw = s.dict.get('_kwargs') as Map<string, Value> | null;
        return callValue(getattr(a[1], s.dict.get('_name') as string), [...(s.dict.get('_args') as PyTuple).items], kw);
      },
      __repr__: (a) => {
        const s = self(a);
        const parts = [repr(s.dict.get('_name')), ...(s.dict.get('_args') as PyTuple).items.map(repr)];
        const kw = s.dict.get('_kwargs') as Map<string, Value> | null;
        if (kw !== null) for (const [k, v] of kw) parts.push(`${k}=${repr(v)}`);
        return `operator.methodcaller(${parts.join(', ')})`;
      },
    }),
  );
  d.set('itemgetter', itemgetter);
  d.set('attrgetter', attrgetter);
  d.set('methodcaller', methodcaller);
  return new PyModule('operator', d);
}

