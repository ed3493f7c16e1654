/**
 * Builtins over iterables: len, sorted, reversed, enumerate, zip, map, filter, any, all,
 * iter, next. enumerate/zip/map/filter/reversed are lazy, as in Python, so a function passed
 * to map() runs only as items are consumed.
 */
import { asIndex, checkKwargs, count, noKwargs, one, param, type Kwargs } from './builtin-args.ts';
import { isCallable, register } from './builtin-types.ts';
import { typeError, valueError } from './errors.ts';
import { interp } from './hooks.ts';
import { iterate, makeIterator, nextOf, PyIterator, reversedOf, toIterator } from './iter.ts';
import { eq, pyLen, truthy } from './ops.ts';
import { PyNative } from './native.ts';
import { pySort } from './sort.ts';
import { typeName } from './types.ts';
import { PyList, PyTuple, PyType, type NativeFn, type Value } from './values.ts';
import { PyBigRange } from './big-range.ts';

export function len(args: Value[], kwargs: Kwargs): Value {
  const x = one('len', args, kwargs);
  if (x instanceof PyList) return x.items.length;
  if (x instanceof PyBigRange) return x.length();
  if (x instanceof PyNative) {
    if (x.pyLen !== undefined) return pyLen(x);
    return typeError(`object of type '${typeName(x)}' has no len()`);
  }
  return pyLen(x);
}

export function sorted(args: Value[], kwargs: Kwargs): Value {
  if (args.length !== 1) typeError(`sorted expected 1 argument, got ${args.length}`);
  // The keyword check names sort(), since sorted() hands them to list.sort.
  checkKwargs('sort', kwargs, ['key', 'reverse']);
  const items = [...iterate(args[0])];
  return new PyList(pySort(items, kwargs?.get('key') ?? null, truthy(kwargs?.get('reverse') ?? false)));
}

export function any(args: Value[], kwargs: Kwargs): Value {
  for (const x of iterate(one('any', args, kwargs))) if (truthy(x)) return true;
  return false;
}

export function all(args: Value[], kwargs: Kwargs): Value {
  for (const x of iterate(one('all', args, kwargs))) if (!truthy(x)) return false;
  return true;
}

function* enumerateItems(it: Iterable<Value>, start: number): Generator<Value, void, undefined> {
  let i = start;
  for (const x of it) yield new PyTuple([i++, x]);
}

function enumerate(args: Value[], kwargs: Kwargs): Value {
  checkKwargs('enumerate', kwargs, ['iterable', 'start']);
  if (args.length > 2) typeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  const it = param('enumerate', args, 0, kwargs, 'iterable');
  if (it === undefined) return typeError("enumerate() missing required argument 'iterable'");
  const start = param('enumerate', args, 1, kwargs, 'start');
  return makeIterator('enumerate', enumerateItems(iterate(it), start === undefined ? 0 : asIndex(start)));
}

function* zipItems(its: Iterator<Value>[], strict: boolean): Generator<Value, void, undefined> {
  if (its.length === 0) return;
  for (;;) {
    const row: Value[] = [];
    for (let i = 0; i < its.length; i++) {
      const r = its[i].next();
      if (r.done) {
        if (strict) zipMismatch(its, i);
        return;
      }
      row.push(r.value);
    }
    yield new PyTuple(row);
  }
}

/** zip(strict=True) found iterator `i` exhausted: say which argument is shorter or longer. */
function zipMismatch(its: Iterator<Value>[], i: number): void {
  const range = (k: number): string => (k === 1 ? 'argument 1' : `arguments 1-${k}`);
  if (i > 0) valueError(`zip() argument ${i + 1} is shorter than ${range(i)}`);
  for (let j = 1; j < its.length; j++) {
    if (!its[j].next().done) valueError(`zip() argument ${j + 1} is longer than ${range(j)}`);
  }
}

function zip(args: Value[], kwargs: Kwargs): Value {
  checkKwargs('zip', kwargs, ['strict']);
  const strict = truthy(kwargs?.get('strict') ?? false);
  const its = args.map((a) => iterate(a)[Symbol.iterator]());
  return makeIterator('zip', zipItems(its, strict));
}

function* mapItems(fn: Value, its: Iterator<Value>[]): Generator<Value, void, undefined> {
  for (;;) {
    const row: Value[] = [];
    for (const it of its) {
      const r = it.next();
      if (r.done) return;
      row.push(r.value);
    }
    yield interp.call(fn, row);
  }
}

function map(args: Value[], kwargs: Kwargs): Value {
  noKwargs('map', kwargs);
  if (args.length < 2) typeError('map() must have at least two arguments.');
  const its = args.slice(1).map((a) => iterate(a)[Symbol.iterator]());
  return makeIterator('map', mapItems(args[0], its));
}

function* filterItems(fn: Value, it: Iterable<Value>): Generator<Value, void, undefined> {
  for (const x of it) if (truthy(fn === null ? x : interp.call(fn, [x]))) yield x;
}

function filter(args: Value[], kwargs: Kwargs): Value {
  noKwargs('filter', kwargs);
  count('filter', args, 2, 2);
  return makeIterator('filter', filterItems(args[0], iterate(args[1])));
}

function reversed(args: Value[], kwargs: Kwargs): Value {
  noKwargs('reversed', kwargs);
  count('reversed', args, 1, 1);
  return reversedOf(args[0]);
}

function* callUntil(fn: Value, sentinel: Value): Generator<Value, void, undefined> {
  for (;;) {
    const v = interp.call(fn, []);
    if (v === sentinel || eq(v, sentinel)) return;
    yield v;
  }
}

export function iter(args: Value[], kwargs: Kwargs): Value {
  noKwargs('iter', kwargs);
  count('iter', args, 1, 2);
  if (args.length === 2) {
    if (!isCallable(args[0])) typeError('iter(v, w): v must be callable');
    return makeIterator('callable_iterator', callUntil(args[0], args[1]));
  }
  return toIterator(args[0]);
}

export function next(args: Value[], kwargs: Kwargs): Value {
  noKwargs('next', kwargs);
  count('next', args, 1, 2);
  return args.length === 2 ? nextOf(args[0], args[1]) : nextOf(args[0]);
}

function iterType(name: string, fn: NativeFn): PyType {
  const t = new PyType(name, fn, (v) => v instanceof PyIterator && v.pyTypeName === name);
  register(name, t);
  return t;
}

export const enumerateType = iterType('enumerate', enumerate);
export const zipType = iterType('zip', zip);
export const mapType = iterType('map', map);
export const filterType = iterType('filter', filter);
export const reversedType = iterType('reversed', reversed);
