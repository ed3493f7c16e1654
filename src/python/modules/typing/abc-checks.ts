/**
 * isinstance(x, collections.abc.Iterable) and the other abstract base classes: what CPython's
 * __subclasshook__s and registrations answer for the subset's values.
 */
import { Future } from '../../../engine/future.ts';
import { isCallable } from '../../runtime/builtin-types.ts';
import { DictView } from '../../runtime/dict-views.ts';
import { isIterable, PyIterator, PyRange } from '../../runtime/iter.ts';
import { PyNative } from '../../runtime/native.ts';
import { findMethod, keyOf } from '../../runtime/ops.ts';
import { typeName } from '../../runtime/types.ts';
import { PyCoroutine, PyDict, PyInstance, PyList, PySet, PyTuple, type Value } from '../../runtime/values.ts';
import { PyDeque } from '../collections/deque.ts';

const has = (v: Value, ...names: string[]): boolean => v instanceof PyInstance && names.every((n) => findMethod(v, n) !== undefined);

function sized(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || (v instanceof PyNative && v.pyLen !== undefined) || has(v, '__len__');
}

function container(v: Value): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet || v instanceof PyRange || v instanceof PyDeque || v instanceof DictView || has(v, '__contains__');
}

function hashable(v: Value): boolean {
  try {
    keyOf(v);
    return true;
  } catch {
    return false;
  }
}

const sequence = (v: Value): boolean => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyDeque;

/** The check for collections.abc.<name>, or undefined when the name has none. */
export function abcCheck(name: string): ((v: Value) => boolean) | undefined {
  switch (name) {
    case 'Iterable':
      return isIterable;
    case 'Iterator':
      return (v) => v instanceof PyIterator || has(v, '__iter__', '__next__');
    case 'Generator':
      return (v) => typeName(v) === 'generator';
    case 'Reversible':
      return (v) => sequence(v) || v instanceof PyDict || has(v, '__reversed__', '__iter__');
    case 'Hashable':
      return hashable;
    case 'Sized':
      return sized;
    case 'Container':
      return container;
    case 'Collection':
      return (v) => sized(v) && isIterable(v) && container(v);
    case 'Sequence':
      return sequence;
    case 'MutableSequence':
      return (v) => v instanceof PyList || v instanceof PyDeque;
    case 'Mapping':
    case 'MutableMapping':
      return (v) => v instanceof PyDict;
    case 'Set':
    case 'MutableSet':
      return (v) => v instanceof PySet;
    case 'MappingView':
      return (v) => v instanceof DictView;
    case 'KeysView':
    case 'ValuesView':
    case 'ItemsView':
      return (v) => v instanceof DictView && v.kind === name.slice(0, -4).toLowerCase();
    case 'Callable':
      return isCallable;
    case 'Awaitable':
      return (v) => v instanceof PyCoroutine || v instanceof Future || has(v, '__await__');
    case 'Coroutine':
      return (v) => v instanceof PyCoroutine;
    case 'AsyncIterable':
      return (v) => typeName(v) === 'async_generator' || has(v, '__aiter__');
    case 'AsyncIterator':
      return (v) => typeName(v) === 'async_generator' || has(v, '__aiter__', '__anext__');
    case 'AsyncGenerator':
      return (v) => typeName(v) === 'async_generator';
  }
  return undefined;
}
