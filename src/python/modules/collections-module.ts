/** The `collections` module: deque, Counter, defaultdict, OrderedDict, namedtuple (and `abc`). */
import { PyModule, type Value } from '../runtime/values.ts';
import { dequeType } from './collections/deque.ts';
import { counterType, defaultdictType, orderedDictType } from './collections/dicts.ts';
import { namedtupleFn } from './collections/namedtuple.ts';
import { chainMapType } from './collections/chainmap.ts';
import { makeUserDict, makeUserList } from './collections/user-classes.ts';

export function makeCollectionsModule(abc: () => PyModule): PyModule {
  const d = new Map<string, Value>([
    ['deque', dequeType],
    ['Counter', counterType],
    ['defaultdict', defaultdictType],
    ['OrderedDict', orderedDictType],
    ['namedtuple', namedtupleFn],
    ['ChainMap', chainMapType],
    ['UserDict', makeUserDict()],
    ['UserList', makeUserList()],
  ]);
  const m = new PyModule('collections', d);
  // `collections.abc.Iterable` after `import collections`: CPython's collections imports it too.
  d.set('abc', abc());
  return m;
}
