/**
 * contextlib's base classes that programs subclass: AbstractContextManager (its __enter__
 * returns self), AbstractAsyncContextManager, ContextDecorator and AsyncContextDecorator (a
 * manager used as `@decorator` runs each call inside itself). They are classes of the run, with
 * native methods that bind as Python functions do.
 */
import { PyException } from '../../engine/exceptions.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { PyClass, type CallSite, type Value } from '../runtime/values.ts';
import { aenter, aexit, enter, exit } from '../compile/async-stmt.ts';
import { awaitValue } from '../compile/await-expr.ts';
import { PyFunction, type Yielded } from '../compile/frame.ts';
import { NativeAwaitable } from '../compile/async-generator.ts';
import { callMethod, callValue } from '../compile/objects.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';

type Impl = (args: Value[], kwargs: Map<string, Value> | null, site: CallSite) => Value;

/** A function written in TypeScript that a class holds: looked up through an instance, it binds `self`. */
export class NativeMethod extends PyNative {
  readonly pyTypeName = 'function';
  override readonly pyBindsAsMethod = true;
  constructor(
    readonly qualName: string,
    private readonly impl: Impl,
    /** The user function this one wraps (decorators), for __name__ and __wrapped__. */
    readonly wrapped: Value = null,
  ) {
    super();
  }
  override pyCall(args: Value[], kwargs: Map<string, Value> | null, site: CallSite): Value {
    return this.impl(args, kwargs, site);
  }
  pyRepr(): string {
    return `<function ${this.qualName} at ${fakeAddress(this)}>`;
  }
}
registerBinding(NativeMethod, {
  methods: new Map(),
  props: new Map<string, (self: never) => Value>([
    ['__name__', (self: NativeMethod) => (self.wrapped instanceof PyFunction ? self.wrapped.code.name : self.qualName.split('.').pop()!)],
    ['__qualname__', (self: NativeMethod) => (self.wrapped instanceof PyFunction ? self.wrapped.code.qualName : self.qualName)],
    ['__wrapped__', (self: NativeMethod) => self.wrapped],
    ['__doc__', (self: NativeMethod) => (self.wrapped instanceof PyFunction ? (self.wrapped.code.doc ?? null) : null)],
    ['__module__', () => '__main__'],
  ]),
});

function coroutine(start: () => Generator<Yielded, Value, unknown>): NativeAwaitable {
  return new NativeAwaitable('coroutine', start, 'cannot reuse already awaited coroutine');
}

function baseClass(name: string, methods: [string, Impl][]): PyClass {
  const ns = new Map<string, Value>([
    ['__module__', 'contextlib'],
    ['__qualname__', name],
  ]);
  for (const [m, impl] of methods) ns.set(m, new NativeMethod(`${name}.${m}`, impl));
  const cls = new PyClass(name, [], ns, null);
  cls.mro = [cls];
  return cls;
}

/** A fresh manager for each call of a decorated function: `_recreate_cm()`, which gives self by default. */
function recreate(self: Value): Value {
  return callMethod(self, '_recreate_cm', [], null, { span: undefined });
}

export function contextlibBases(): Map<string, PyClass> {
  const selfOf = (args: Value[]): Value => args[0];
  return new Map([
    ['AbstractContextManager', baseClass('AbstractContextManager', [
      ['__enter__', selfOf],
      ['__exit__', () => null],
    ])],
    ['AbstractAsyncContextManager', baseClass('AbstractAsyncContextManager', [
      ['__aenter__', (args) => coroutine(function* () {
        return args[0];
      })],
      ['__aexit__', () => coroutine(function* () {
        return null;
      })],
    ])],
    ['ContextDecorator', baseClass('ContextDecorator', [
      ['_recreate_cm', selfOf],
      ['__call__', (args) => {
        const [self, func] = args;
        return new NativeMethod(func instanceof PyFunction ? func.code.qualName : 'inner', (a, k, site) => {
          const cm = recreate(self);
          enter(cm);
          let r: Value;
          try {
            r = callValue(func, a, k, site);
          } catch (e) {
            if (!(e instanceof PyException) || !exit(cm, e)) throw e;
            return null;
          }
          exit(cm, null);
          return r;
        }, func);
      }],
    ])],
    ['AsyncContextDecorator', baseClass('AsyncContextDecorator', [
      ['_recreate_cm', selfOf],
      ['__call__', (args) => {
        const [self, func] = args;
        return new NativeMethod(func instanceof PyFunction ? func.code.qualName : 'inner', (a, k, site) =>
          coroutine(function* () {
            const cm = recreate(self);
            yield* aenter(cm, 0);
            let r: Value;
            try {
              r = yield* awaitValue(callValue(func, a, k, site), 0);
            } catch (e) {
              if (!(e instanceof PyException) || !(yield* aexit(cm, e, 0))) throw e;
              return null;
            }
            yield* aexit(cm, null, 0);
            return r;
          }), func);
      }],
    ])],
  ]);
}
