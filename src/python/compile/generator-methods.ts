/** The Python-visible methods and attributes of generators and async generators. */
import * as E from '../../engine/exceptions.ts';
import { PyException } from '../../engine/exceptions.ts';
import { typeError } from '../runtime/errors.ts';
import type { Method } from '../runtime/method.ts';
import { isExcClass, typeName } from '../runtime/types.ts';
import { PyBuiltin, PyInstance, PyTuple, type Value } from '../runtime/values.ts';
import { PyGen } from './generator.ts';
import { AsyncGenOp, NativeAwaitable, PyAsyncGen } from './async-generator.ts';
import { callValue, lookupClass } from './objects.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import { asyncIterOf, asyncNextOf } from './async-stmt.ts';
import { awaitValue } from './await-expr.ts';

/** The exception `gen.throw(typ[, val[, tb]])` throws in, with CPython's checks. */
export function exceptionToThrow(args: readonly Value[], method: string): PyException {
  if (args.length === 0) typeError(`${method} expected at least 1 argument, got 0`);
  if (args.length > 3) typeError(`${method} expected at most 3 arguments, got ${args.length}`);
  const [typ, val] = args;
  if (typ instanceof PyException) {
    if (val !== undefined && val !== null) typeError('instance exception may not have a separate value');
    return typ;
  }
  if (isExcClass(typ)) {
    if (val instanceof PyException && E.isSubclass(val.cls, typ)) return val;
    const ctorArgs = val === undefined || val === null ? [] : val instanceof PyTuple ? [...val.items] : [val];
    const exc = callValue(typ, ctorArgs, null);
    if (!(exc instanceof PyException)) typeError('calling exception class did not return an exception');
    return exc as PyException;
  }
  return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

function noKw(name: string, kwargs: Map<string, Value> | null): void {
  if (kwargs !== null && kwargs.size > 0) typeError(`${name}() takes no keyword arguments`);
}

function exactly(name: string, args: readonly Value[], n: number): void {
  if (args.length !== n) {
    if (n === 0) typeError(`${name}() takes no arguments (${args.length} given)`);
    typeError(`${name}() takes exactly one argument (${args.length} given)`);
  }
}

/**
 * CPython checks athrow()'s arguments only when the result is awaited, and by then it has marked
 * the generator as running, which it stays.
 */
function athrowWithoutArguments(agen: PyAsyncGen): NativeAwaitable {
  agen.initHooks();
  return new NativeAwaitable(
    'async_generator_athrow',
    function* () {
      agen.runningAsync = true;
      return typeError('athrow expected at least 1 argument, got 0');
    },
    'cannot reuse already awaited aclose()/athrow()',
  );
}

/** What a slot wrapper (`__next__`, `__anext__`) says when given arguments. */
function noArgs(args: readonly Value[]): void {
  if (args.length > 0) typeError(`expected 0 arguments, got ${args.length}`);
}

const m = (entries: [string, Method][]): Map<string, Method> => new Map(entries);

registerBinding(PyGen, {
  methods: m([
    ['send', (self: PyGen, args, kw) => (noKw('generator.send', kw), exactly('generator.send', args, 1), self.send(args[0]))],
    ['throw', (self: PyGen, args, kw) => (noKw('throw', kw), self.throwIn(exceptionToThrow(args, 'throw')))],
    ['close', (self: PyGen, args, kw) => (noKw('generator.close', kw), exactly('generator.close', args, 0), self.close())],
    ['__next__', (self: PyGen, args) => (noArgs(args), self.send(null))],
    ['__iter__', (self: PyGen) => self],
  ]),
  props: new Map<string, (self: never) => Value>([
    ['gi_running', (self: PyGen) => self.running],
    ['gi_suspended', (self: PyGen) => self.state === 'suspended'],
    ['__name__', (self: PyGen) => self.genName],
    ['__qualname__', (self: PyGen) => self.qualName],
  ]),
});

registerBinding(PyAsyncGen, {
  methods: m([
    ['asend', (self: PyAsyncGen, args, kw) => (noKw('async_generator.asend', kw), exactly('async_generator.asend', args, 1), self.asend(args[0]))],
    ['athrow', (self: PyAsyncGen, args, kw) => (noKw('athrow', kw), args.length === 0 ? athrowWithoutArguments(self) : self.athrow(exceptionToThrow(args, 'athrow')))],
    ['aclose', (self: PyAsyncGen, args, kw) => (noKw('async_generator.aclose', kw), exactly('async_generator.aclose', args, 0), self.aclose())],
    ['__anext__', (self: PyAsyncGen, args) => (noArgs(args), self.asend(null))],
    ['__aiter__', (self: PyAsyncGen) => self],
  ]),
  props: new Map<string, (self: never) => Value>([
    ['ag_running', (self: PyAsyncGen) => self.runningAsync],
    ['__name__', (self: PyAsyncGen) => self.genName],
    ['__qualname__', (self: PyAsyncGen) => self.qualName],
  ]),
});

registerBinding(AsyncGenOp, {
  methods: m([
    ['send', (self: AsyncGenOp, args) => sendStep(self, args[0] ?? null)],
    ['throw', (self: AsyncGenOp, args) => stepResult(self.throw(exceptionToThrow(args, 'throw')))],
    ['close', (self: AsyncGenOp) => (self.return(null), null)],
  ]),
});

/** op.send(v) by hand: a yielded future is returned; the end raises StopIteration(result). */
function sendStep(op: AsyncGenOp, v: Value): Value {
  return stepResult(op.next(v));
}

function stepResult(r: IteratorResult<never, Value>): Value {
  if (r.done) throw r.value === null ? E.pyErr(E.StopIteration) : E.pyErr(E.StopIteration, r.value);
  return r.value;
}

function argCount(name: string, args: readonly Value[], min: number, max: number): void {
  if (args.length < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** aiter(obj): obj.__aiter__(), checked to be an async iterator. */
export const aiterBuiltin = new PyBuiltin('aiter', (args, kw) => {
  noKw('aiter', kw);
  if (args.length !== 1) typeError(`aiter() takes exactly one argument (${args.length} given)`);
  return asyncIterOf(args[0], false);
});

/** anext(it[, default]): it.__anext__(); with a default, an awaitable that turns the end into it. */
export const anextBuiltin = new PyBuiltin('anext', (args, kw) => {
  noKw('anext', kw);
  argCount('anext', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyAsyncGen) && !(it instanceof PyInstance && lookupClass(it.cls, '__anext__') !== undefined)) {
    typeError(`'${typeName(it)}' object is not an async iterator`);
  }
  const step = asyncNextOf(it);
  if (args.length === 1) return step;
  const dflt = args[1];
  return new NativeAwaitable(
    'anext_awaitable',
    function* () {
      try {
        return yield* awaitValue(step, 0);
      } catch (e) {
        if (e instanceof PyException && E.isSubclass(e.cls, E.StopAsyncIteration)) return dflt;
        throw e;
      }
    },
    'cannot reuse already awaited __anext__()/asend()',
  );
});
