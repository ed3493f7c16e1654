/**
 * reprlib.repr with the module's default limits (3.11): the size-limited repr asyncio uses for
 * a future's result and a callback's arguments, so `print(task)` stays one short line.
 */
import { PyException } from '../../engine/exceptions.ts';
import { repr } from './repr.ts';
import { pySort } from './sort.ts';
import { typeName } from './types.ts';
import { PyDict, PyList, PySet, PyTuple, type Value } from './values.ts';
import type { PyDeque } from '../modules/collections/deque.ts';

const MAX_LEVEL = 6;
const MAX_ITEMS = 6; // tuple, list, set, frozenset, deque
const MAX_DICT = 4;
const MAX_STRING = 30;
const MAX_LONG = 40;
const MAX_OTHER = 30;

/** Keeps the two ends of `text` around an ellipsis, `limit` characters in all. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = Math.max(0, Math.floor((limit - 3) / 2));
  const tail = Math.max(0, limit - 3 - head);
  return `${text.slice(0, head)}...${text.slice(text.length - tail)}`;
}

/** Sorted when the items compare (as reprlib tries), else in iteration order. */
function possiblySorted(items: readonly Value[]): readonly Value[] {
  try {
    return pySort(items, null, false);
  } catch (e) {
    if (e instanceof PyException) return items;
    throw e;
  }
}

function iterable(items: readonly Value[], level: number, left: string, right: string, trail = ''): string {
  let body: string;
  if (level <= 0 && items.length > 0) body = '...';
  else {
    const pieces = items.slice(0, MAX_ITEMS).map((x) => reprAt(x, level - 1));
    if (items.length > MAX_ITEMS) pieces.push('...');
    body = pieces.join(', ');
  }
  return `${left}${body}${items.length === 1 ? trail : ''}${right}`;
}

function dictRepr(d: PyDict, level: number): string {
  if (d.map.size === 0) return '{}';
  if (level <= 0) return '{...}';
  const valueOf = new Map<Value, Value>();
  for (const { k, v } of d.map.values()) valueOf.set(k, v);
  const keys = possiblySorted([...valueOf.keys()]).slice(0, MAX_DICT);
  const pieces = keys.map((k) => `${reprAt(k, level - 1)}: ${reprAt(valueOf.get(k), level - 1)}`);
  if (d.map.size > MAX_DICT) pieces.push('...');
  return `{${pieces.join(', ')}}`;
}

/** reprlib picks its method by the type's exact name: a subclass of list is an "instance". */
function reprAt(x: Value, level: number): string {
  switch (typeName(x)) {
    case 'tuple':
      return iterable((x as PyTuple).items, level, '(', ')', ',');
    case 'list':
      return iterable((x as PyList).items, level, '[', ']');
    case 'set': {
      const items = [...(x as PySet).map.values()];
      return items.length === 0 ? 'set()' : iterable(possiblySorted(items), level, '{', '}');
    }
    case 'deque':
      return iterable((x as PyDeque).items, level, 'deque([', '])');
    case 'dict':
      return dictRepr(x as PyDict, level);
    case 'str': {
      const s = x as string;
      const shown = repr(s.slice(0, MAX_STRING));
      if (shown.length <= MAX_STRING) return shown;
      const head = Math.floor((MAX_STRING - 3) / 2);
      const tail = MAX_STRING - 3 - head;
      const kept = repr(s.slice(0, head) + s.slice(s.length - tail));
      return `${kept.slice(0, head)}...${kept.slice(kept.length - tail)}`;
    }
    case 'int':
      return cut(repr(x), MAX_LONG);
    default:
      return cut(repr(x), MAX_OTHER);
  }
}

export function limitedRepr(x: Value): string {
  return reprAt(x, MAX_LEVEL);
}
